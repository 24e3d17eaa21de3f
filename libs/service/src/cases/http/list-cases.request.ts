import { PageRequest } from '@crm/http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_PRIORITIES, CASE_STATUSES, MAX_ID_LENGTH, type CasePriority, type CaseStatus } from '../domain';

export class ListCasesRequest extends PageRequest {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ maxLength: MAX_ID_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ID_LENGTH)
  assigneeId?: string;

  @ApiPropertyOptional({ enum: CASE_PRIORITIES })
  @IsOptional()
  @IsIn(CASE_PRIORITIES)
  priority?: CasePriority;

  @ApiPropertyOptional({ description: 'Only cases with (true) or without (false) a breached SLA.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  breached?: boolean;
}
