import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MoneyRequest } from '../../shared/http/money.request';
import { MAX_CATEGORY_LENGTH, MAX_PRODUCT_NAME_LENGTH, MAX_SKU_LENGTH } from '../domain';

export class RegisterProductRequest {
  @ApiProperty({
    example: 'SKU-1001',
    maxLength: MAX_SKU_LENGTH,
    description: 'Unique per tenant; upper-cased.',
  })
  @IsString()
  @Matches(/^\s*[A-Za-z0-9][A-Za-z0-9._\-/]*\s*$/, { message: 'sku must be letters, digits or . _ - /' })
  @MaxLength(MAX_SKU_LENGTH)
  sku!: string;

  @ApiProperty({ example: 'Espresso machine', maxLength: MAX_PRODUCT_NAME_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(MAX_PRODUCT_NAME_LENGTH)
  name!: string;

  @ApiProperty({ example: 'appliances', maxLength: MAX_CATEGORY_LENGTH, description: 'Lower-cased.' })
  @IsString()
  @Matches(/\S/, { message: 'category must not be blank' })
  @MaxLength(MAX_CATEGORY_LENGTH)
  category!: string;

  @ApiProperty({ type: MoneyRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyRequest)
  price!: MoneyRequest;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
