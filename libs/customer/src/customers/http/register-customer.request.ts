import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  ACQUISITION_CHANNELS,
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  MAX_NAME_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  type AcquisitionChannel,
  type CustomerStatus,
  type CustomerType,
} from '../domain';
import { AddressRequest } from './address.request';

export class RegisterCustomerRequest {
  @ApiProperty({ enum: CUSTOMER_TYPES })
  @IsIn(CUSTOMER_TYPES)
  type!: CustomerType;

  @ApiProperty({ example: 'Acme GmbH', maxLength: MAX_NAME_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(MAX_NAME_LENGTH)
  name!: string;

  @ApiPropertyOptional({
    nullable: true,
    example: 'info@acme.example',
    description: 'Trimmed and lower-cased.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: '+49 30 1234567',
    description: 'Stored in E.164; a national number is read in the address country.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ type: AddressRequest, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressRequest)
  address?: AddressRequest | null;

  @ApiPropertyOptional({ enum: CUSTOMER_STATUSES, default: 'prospect' })
  @IsOptional()
  @IsIn(CUSTOMER_STATUSES)
  status?: CustomerStatus;

  @ApiPropertyOptional({ enum: ACQUISITION_CHANNELS, default: 'direct', description: 'Acquisition channel.' })
  @IsOptional()
  @IsIn(ACQUISITION_CHANNELS)
  channel?: AcquisitionChannel;

  @ApiPropertyOptional({ nullable: true, description: 'User id of the owning staff member.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ownerId?: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_TAGS, description: 'Trimmed, lower-cased, unique.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS)
  @IsString({ each: true })
  @MaxLength(MAX_TAG_LENGTH, { each: true })
  tags?: string[];

  @ApiPropertyOptional({
    nullable: true,
    description: 'Id of this customer in the system it was imported from.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  externalRef?: string | null;
}
