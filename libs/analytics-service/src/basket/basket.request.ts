import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MINING_ALGORITHMS, type MiningAlgorithm } from './basket-mining';

export const DEFAULT_MIN_SUPPORT = 0.01;
export const DEFAULT_MIN_CONFIDENCE = 0.5;

export class ItemsetsRequest {
  @ApiPropertyOptional({ description: 'Fraction of orders, (0, 1]', default: DEFAULT_MIN_SUPPORT })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0.0001)
  @Max(1)
  minSupport?: number;

  @ApiPropertyOptional({ enum: MINING_ALGORITHMS, default: 'fpgrowth' })
  @IsOptional()
  @IsIn(MINING_ALGORITHMS)
  algorithm?: MiningAlgorithm;

  @ApiPropertyOptional({ minimum: 1, description: 'Longest itemset' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  maxLength?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100000, default: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  limit?: number;
}

export class RulesRequest extends ItemsetsRequest {
  @ApiPropertyOptional({ description: 'In [0, 1]', default: DEFAULT_MIN_CONFIDENCE })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  minConfidence?: number;
}

export class RecommendationsRequest extends RulesRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Rules whose antecedents this customer bought' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ description: 'Frequently bought together with this SKU' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sku?: string;
}
