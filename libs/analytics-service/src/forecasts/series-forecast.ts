import { fitHoltWinters, meanAbsolutePercentageError, type SmoothingParameters } from '@crm/analytics';
import { periodAfter, type SalesSeries, type SeriesInterval } from './sales-series';

/** The usual seasons: a week of days, a year of weeks, a year of months. */
export const DEFAULT_SEASON_LENGTH: Readonly<Record<SeriesInterval, number>> = {
  day: 7,
  week: 52,
  month: 12,
};

export interface ForecastPoint {
  readonly period: string;
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
}

export interface SeriesForecast {
  readonly key: string;
  readonly seasonLength: number;
  readonly confidence: number;
  readonly history: readonly { readonly period: string; readonly value: number }[];
  readonly forecast: readonly ForecastPoint[];
  readonly parameters: SmoothingParameters;
  /**
   * The same model fitted without the last `holdout` periods and scored on them: MAPE as a fraction
   * (periods with no sales left out); null when the series is too short to hold any back.
   */
  readonly backtest: { readonly holdout: number; readonly mape: number | null } | null;
}

export interface ForecastOptions {
  readonly interval: SeriesInterval;
  readonly horizon: number;
  readonly seasonLength: number;
  readonly confidence: number;
}

/** Fewest values additive Holt-Winters fits on: more than two seasons. */
export function fitsHoltWinters(length: number, seasonLength: number): boolean {
  return length >= 2 * seasonLength + 1;
}

/** Additive Holt-Winters (R's HoltWinters) on the series, with prediction intervals and a back-test. */
export function forecastSeries(series: SalesSeries, options: ForecastOptions): SeriesForecast {
  const { horizon, seasonLength, confidence, interval } = options;
  const model = fitHoltWinters(series.values, { period: seasonLength, seasonal: 'additive' });
  const predicted = model.forecast(horizon, confidence);
  const lastPeriod = series.periods[series.periods.length - 1] ?? '';
  const forecast = Array.from(predicted.mean, (mean, step) => ({
    period: periodAfter(lastPeriod, interval, step + 1),
    mean,
    lower: predicted.lower[step] ?? mean,
    upper: predicted.upper[step] ?? mean,
  }));
  return {
    key: series.key,
    seasonLength,
    confidence,
    history: series.periods.map((period, index) => ({ period, value: series.values[index] ?? 0 })),
    forecast,
    parameters: model.parameters,
    backtest: backtest(series.values, seasonLength),
  };
}

function backtest(values: Float64Array, seasonLength: number): SeriesForecast['backtest'] {
  const holdout = Math.min(seasonLength, Math.floor(values.length / 4));
  if (holdout < 1 || !fitsHoltWinters(values.length - holdout, seasonLength)) return null;
  const training = values.subarray(0, values.length - holdout);
  const actual = values.subarray(values.length - holdout);
  const predicted = fitHoltWinters(training, { period: seasonLength, seasonal: 'additive' }).forecast(
    holdout,
  ).mean;
  const mape = actual.some((value) => value !== 0)
    ? meanAbsolutePercentageError(actual, predicted, { zeroActuals: 'skip' })
    : null;
  return { holdout, mape };
}
