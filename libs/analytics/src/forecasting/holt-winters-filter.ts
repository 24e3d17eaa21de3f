import { type HoltWintersStart, type SeasonalForm } from './holt-winters-start';

export interface SmoothingParameters {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  /** Trend damping; 1 is R's undamped Holt-Winters. */
  readonly phi: number;
}

export interface HoltWintersState {
  /** Sum of squared one-step-ahead errors from observation `period` on, as R's SSE. */
  readonly sse: number;
  /** One-step-ahead predictions for observations period..n−1. */
  readonly fitted: Float64Array;
  readonly level: number;
  readonly trend: number;
  /** Seasonal figures for the next `period` steps after the series ends. */
  readonly season: Float64Array;
}

/**
 * R's C_HoltWinters recursion (start.time = period + 1), with an optional damping factor φ:
 * level uses (ℓ + φb), trend b = β(ℓₜ − ℓₜ₋₁) + (1 − β)φb, season uses the new level.
 */
export function filterHoltWinters(
  series: Float64Array,
  period: number,
  form: SeasonalForm,
  parameters: SmoothingParameters,
  start: HoltWintersStart,
  keepFitted = true,
): HoltWintersState {
  const { alpha, beta, gamma, phi } = parameters;
  const multiplicative = form === 'multiplicative';
  const season = new Float64Array(series.length);
  season.set(start.season);
  const fitted = new Float64Array(keepFitted ? series.length - period : 0);
  let level = start.level;
  let trend = start.trend;
  let sse = 0;
  for (let index = period; index < series.length; index++) {
    const observed = series[index]!;
    const seasonal = season[index - period]!;
    const base = level + phi * trend;
    const prediction = multiplicative ? base * seasonal : base + seasonal;
    if (keepFitted) fitted[index - period] = prediction;
    sse += (observed - prediction) ** 2;
    const nextLevel =
      alpha * (multiplicative ? observed / seasonal : observed - seasonal) + (1 - alpha) * base;
    trend = beta * (nextLevel - level) + (1 - beta) * phi * trend;
    level = nextLevel;
    season[index] = gamma * (multiplicative ? observed / level : observed - level) + (1 - gamma) * seasonal;
  }
  return { sse, fitted, level, trend, season: season.slice(series.length - period) };
}
