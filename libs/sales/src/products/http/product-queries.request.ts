import { PageRequest } from '@crm/http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_CATEGORY_LENGTH } from '../domain';

export class ListProductsRequest extends PageRequest {
  @ApiPropertyOptional({ description: 'Products of this category (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CATEGORY_LENGTH)
  category?: string;

  @ApiPropertyOptional({ description: 'Only active (true) or inactive (false) products.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Case-insensitive substring of the name or SKU.', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
