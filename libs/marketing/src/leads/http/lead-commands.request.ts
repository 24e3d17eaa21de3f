import { PageRequest } from '@crm/http';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  CUSTOMER_TYPES,
  LEAD_STATUSES,
  MAX_REASON_LENGTH,
  type ConvertedCustomerType,
  type LeadStatus,
} from '../domain';

export class DisqualifyLeadRequest {
  @ApiProperty({ example: 'No budget this year', maxLength: MAX_REASON_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(MAX_REASON_LENGTH)
  reason!: string;
}

export class ConvertLeadRequest {
  @ApiPropertyOptional({
    enum: CUSTOMER_TYPES,
    description: 'Default: company when the lead names one, else person.',
  })
  @IsOptional()
  @IsIn(CUSTOMER_TYPES)
  customerType?: ConvertedCustomerType;
}

export class ListLeadsRequest extends PageRequest {
  @ApiPropertyOptional({ enum: LEAD_STATUSES })
  @IsOptional()
  @IsIn(LEAD_STATUSES)
  status?: LeadStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Leads this campaign brought in.' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;
}
