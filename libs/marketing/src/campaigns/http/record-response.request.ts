import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { RESPONSE_KINDS, type ResponseKind } from '../domain';

export class RecordResponseRequest {
  @ApiProperty({ enum: RESPONSE_KINDS })
  @IsIn(RESPONSE_KINDS)
  kind!: ResponseKind;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'A known customer; or leadId, not both.',
  })
  @IsOptional()
  @IsUUID()
  customerId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  leadId?: string | null;

  @ApiProperty({
    format: 'date-time',
    description: 'When it happened; not before the launch, not in the future.',
  })
  @IsISO8601({ strict: true })
  occurredAt!: string;
}
