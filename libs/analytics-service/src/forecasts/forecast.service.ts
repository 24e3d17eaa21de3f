import { Injectable } from '@nestjs/common';
import { FeatureSnapshotService } from '../feature-store/feature-snapshot.service';
import { withInputErrorsAsValidation } from '../shared/analytics-error';
import type { Freshness } from '../shared/freshness';
import { pipelineForecast, type PipelineForecast } from './pipeline-forecast';
import { salesSeries, type SeriesDimension, type SeriesInterval } from './sales-series';
import { fitsHoltWinters, forecastSeries, type SeriesForecast } from './series-forecast';

export interface SalesForecastRequest {
  readonly by: SeriesDimension;
  readonly key?: string;
  readonly interval: SeriesInterval;
  readonly horizon: number;
  readonly seasonLength: number;
  readonly confidence: number;
  /** Without a key: forecast the series with the most revenue, this many. */
  readonly limit: number;
}

export interface SalesForecastResult {
  readonly by: SeriesDimension;
  readonly interval: SeriesInterval;
  readonly items: SeriesForecast[];
  /** Series that could not be forecast, and why. */
  readonly skipped: { readonly key: string; readonly reason: string }[];
  readonly freshness: Freshness;
}

@Injectable()
export class ForecastService {
  constructor(private readonly snapshots: FeatureSnapshotService) {}

  async sales(tenantId: string, request: SalesForecastRequest): Promise<SalesForecastResult> {
    const snapshot = await this.snapshots.snapshot(tenantId);
    const all = salesSeries(snapshot.orders, request.by, request.interval);
    const chosen =
      request.key === undefined
        ? all.sort((left, right) => sumOf(right.values) - sumOf(left.values)).slice(0, request.limit)
        : all.filter((series) => series.key === request.key);
    const items: SeriesForecast[] = [];
    const skipped: { key: string; reason: string }[] = [];
    for (const series of chosen) {
      if (!fitsHoltWinters(series.values.length, request.seasonLength)) {
        skipped.push({
          key: series.key,
          reason: `${series.values.length} ${request.interval}s of sales; Holt-Winters with a season of ${request.seasonLength} needs ${2 * request.seasonLength + 1}`,
        });
        continue;
      }
      items.push(withInputErrorsAsValidation(() => forecastSeries(series, request)));
    }
    if (request.key !== undefined && chosen.length === 0)
      skipped.push({ key: request.key, reason: 'no sales' });
    return { by: request.by, interval: request.interval, items, skipped, freshness: snapshot.freshness };
  }

  async pipeline(tenantId: string): Promise<PipelineForecast & { readonly freshness: Freshness }> {
    const snapshot = await this.snapshots.snapshot(tenantId);
    return { ...pipelineForecast(snapshot.opportunities), freshness: snapshot.freshness };
  }
}

function sumOf(values: Float64Array): number {
  return values.reduce((total, value) => total + value, 0);
}
