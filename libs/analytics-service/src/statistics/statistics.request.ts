import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional } from 'class-validator';
import { CUSTOMER_FEATURES, type CustomerFeatureName } from '../feature-store/customer-features';
import { SERIES_INTERVALS, type SeriesInterval } from '../forecasts/sales-series';
import { COMPARE_DIMENSIONS, COMPARE_METRICS, type CompareDimension, type CompareMetric } from './comparison';

export class DateRangeRequest {
  @ApiPropertyOptional({ format: 'date-time', description: 'Inclusive start' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Exclusive end' })
  @IsOptional()
  @IsISO8601()
  to?: string;
}

export class CompareRequest extends DateRangeRequest {
  @ApiPropertyOptional({ enum: COMPARE_METRICS, default: 'revenue' })
  @IsOptional()
  @IsIn(COMPARE_METRICS)
  metric?: CompareMetric;

  @ApiPropertyOptional({ enum: COMPARE_DIMENSIONS, default: 'channel' })
  @IsOptional()
  @IsIn(COMPARE_DIMENSIONS)
  by?: CompareDimension;

  @ApiPropertyOptional({
    enum: SERIES_INTERVALS,
    default: 'month',
    description: 'Period length for by=period',
  })
  @IsOptional()
  @IsIn(SERIES_INTERVALS)
  interval?: SeriesInterval;
}

export class CorrelationsRequest {
  @ApiPropertyOptional({
    description: `Comma-separated customer features: ${CUSTOMER_FEATURES.join(', ')}; all by default`,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @ArrayMinSize(2)
  @IsIn(CUSTOMER_FEATURES, { each: true })
  metrics?: CustomerFeatureName[];

  @ApiPropertyOptional({ enum: ['pearson', 'spearman'], default: 'pearson' })
  @IsOptional()
  @IsIn(['pearson', 'spearman'])
  method?: 'pearson' | 'spearman';
}
