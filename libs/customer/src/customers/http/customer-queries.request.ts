import { PageRequest } from '@crm/http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  ACQUISITION_CHANNELS,
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  type AcquisitionChannel,
  type CustomerStatus,
  type CustomerType,
} from '../domain';

export class ListCustomersRequest extends PageRequest {
  @ApiPropertyOptional({ description: 'Case-insensitive substring of the name or email.', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_TYPES })
  @IsOptional()
  @IsIn(CUSTOMER_TYPES)
  type?: CustomerType;

  @ApiPropertyOptional({ enum: CUSTOMER_STATUSES })
  @IsOptional()
  @IsIn(CUSTOMER_STATUSES)
  status?: CustomerStatus;

  @ApiPropertyOptional({ enum: ACQUISITION_CHANNELS })
  @IsOptional()
  @IsIn(ACQUISITION_CHANNELS)
  channel?: AcquisitionChannel;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ownerId?: string;

  @ApiPropertyOptional({ description: 'Customers carrying this tag.' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;

  @ApiPropertyOptional({ default: false, description: 'Also list archived customers.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeArchived?: boolean;
}

export class GetCustomerRequest {
  @ApiPropertyOptional({ description: 'Show the customer as it stood at this instant (ISO-8601).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}
