import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  SERIES_DIMENSIONS,
  SERIES_INTERVALS,
  type SeriesDimension,
  type SeriesInterval,
} from './sales-series';

export class SalesForecastRequestQuery {
  @ApiPropertyOptional({ enum: SERIES_DIMENSIONS, default: 'total' })
  @IsOptional()
  @IsIn(SERIES_DIMENSIONS)
  by?: SeriesDimension;

  @ApiPropertyOptional({ description: 'One SKU, category or channel; else the top `limit` by revenue' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  key?: string;

  @ApiPropertyOptional({ enum: SERIES_INTERVALS, default: 'month' })
  @IsOptional()
  @IsIn(SERIES_INTERVALS)
  interval?: SeriesInterval;

  @ApiPropertyOptional({ minimum: 1, maximum: 104, default: 6 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(104)
  horizon?: number;

  @ApiPropertyOptional({ description: 'Periods per season; 7 days, 52 weeks or 12 months by default' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(366)
  seasonLength?: number;

  @ApiPropertyOptional({ minimum: 0.5, maximum: 0.99, default: 0.95 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0.5)
  @Max(0.99)
  confidence?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
