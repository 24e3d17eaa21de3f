import { PageRequest } from '@crm/http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DUPLICATE_REASONS, type DuplicateReason } from '../duplicates/duplicate-profile';

export class ListDuplicatesRequest extends PageRequest {
  @ApiPropertyOptional({ enum: DUPLICATE_REASONS, description: 'Only pairs flagged for this reason.' })
  @IsOptional()
  @IsIn(DUPLICATE_REASONS)
  reason?: DuplicateReason;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only pairs this customer is in.' })
  @IsOptional()
  @IsUUID()
  customerId?: string;
}
