import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import {
  ACQUISITION_CHANNELS,
  CUSTOMER_STATUSES,
  MAX_NAME_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  type AcquisitionChannel,
  type CustomerStatus,
} from '../domain';
import { RegisterCustomerRequest } from './register-customer.request';

// Absent means "leave as is"; null is only meaningful for the fields that may be empty.
const present = (_request: object, value: unknown): boolean => value !== undefined;

/**
 * PATCH body: every field optional; an absent field is left as it is and `null` clears email, phone,
 * address, ownerId or externalRef. The customer type cannot change.
 */
export class UpdateCustomerRequest extends PartialType(
  OmitType(RegisterCustomerRequest, ['type', 'name', 'status', 'channel', 'tags'] as const),
) {
  @ApiPropertyOptional({ maxLength: MAX_NAME_LENGTH })
  @ValidateIf(present)
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(MAX_NAME_LENGTH)
  name?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_STATUSES })
  @ValidateIf(present)
  @IsIn(CUSTOMER_STATUSES)
  status?: CustomerStatus;

  @ApiPropertyOptional({ enum: ACQUISITION_CHANNELS })
  @ValidateIf(present)
  @IsIn(ACQUISITION_CHANNELS)
  channel?: AcquisitionChannel;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_TAGS, description: 'Replaces the whole set.' })
  @ValidateIf(present)
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @MaxLength(MAX_TAG_LENGTH, { each: true })
  tags?: string[];
}
