import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  CASE_PRIORITIES,
  CASE_TYPES,
  MAX_DESCRIPTION_LENGTH,
  MAX_ID_LENGTH,
  MAX_SUBJECT_LENGTH,
  type CasePriority,
  type CaseType,
} from '../domain';

export class OpenCaseRequest {
  @ApiProperty({ format: 'uuid', description: 'The customer the case is for.' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ enum: CASE_TYPES })
  @IsIn(CASE_TYPES)
  type!: CaseType;

  @ApiProperty({ enum: CASE_PRIORITIES, description: 'Sets the SLA targets (decision 0019).' })
  @IsIn(CASE_PRIORITIES)
  priority!: CasePriority;

  @ApiProperty({ example: 'Printer jams on every second page', maxLength: MAX_SUBJECT_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'subject must not be blank' })
  @MaxLength(MAX_SUBJECT_LENGTH)
  subject!: string;

  @ApiPropertyOptional({ nullable: true, maxLength: MAX_DESCRIPTION_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Staff user to work on it; an assigned case starts in progress.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ID_LENGTH)
  assigneeId?: string | null;
}
