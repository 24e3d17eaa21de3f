import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { MoneyRequest } from '../../shared/http/money.request';
import { MAX_CATEGORY_LENGTH, MAX_PRODUCT_NAME_LENGTH } from '../domain';

// Absent means "leave as is"; none of these fields may be cleared.
const present = (_request: object, value: unknown): boolean => value !== undefined;

/** PATCH body: name, category, price, active. The SKU is the product's identity and never changes. */
export class UpdateProductRequest {
  @ApiPropertyOptional({ maxLength: MAX_PRODUCT_NAME_LENGTH })
  @ValidateIf(present)
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(MAX_PRODUCT_NAME_LENGTH)
  name?: string;

  @ApiPropertyOptional({ maxLength: MAX_CATEGORY_LENGTH })
  @ValidateIf(present)
  @IsString()
  @Matches(/\S/, { message: 'category must not be blank' })
  @MaxLength(MAX_CATEGORY_LENGTH)
  category?: string;

  @ApiPropertyOptional({ type: MoneyRequest })
  @ValidateIf(present)
  @ValidateNested()
  @Type(() => MoneyRequest)
  price?: MoneyRequest;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsBoolean()
  active?: boolean;
}
