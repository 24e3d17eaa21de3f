import { PredictionInputError, assertFiniteValues } from '../linear-algebra';
import { nelderMead } from './bounded-nelder-mead';
import { type SmoothingParameters, filterHoltWinters } from './holt-winters-filter';
import { HoltWintersModel } from './holt-winters-model';
import { type HoltWintersStart, type SeasonalForm, holtWintersStart } from './holt-winters-start';

export interface HoltWintersOptions {
  readonly period: number;
  readonly seasonal?: SeasonalForm;
  /** Fit a damping factor φ in [0.8, 1] (statsmodels' lower bound); otherwise φ = 1 as in R. */
  readonly damped?: boolean;
  /** Fixed smoothing parameters; any left out is fitted by minimising the SSE. */
  readonly alpha?: number;
  readonly beta?: number;
  readonly gamma?: number;
  readonly phi?: number;
  /** Start values; default R's decompose-based start over the first two periods. */
  readonly start?: HoltWintersStart;
}

type ParameterName = keyof SmoothingParameters;
const names: readonly ParameterName[] = ['alpha', 'beta', 'gamma', 'phi'];
const lowerBounds: Record<ParameterName, number> = { alpha: 0, beta: 0, gamma: 0, phi: 0.8 };
const multiStarts = [0.05, 0.3, 0.6, 0.95];

/**
 * Holt-Winters with additive or multiplicative seasonality, as R's HoltWinters: R's start values and
 * SSE (one-step errors from the second period on), parameters in [0, 1] minimising the SSE. The
 * optimiser is box-constrained Nelder-Mead started from R's point (0.3, 0.1, 0.1) and a small grid,
 * then restarted from its best point until the SSE stops falling.
 */
export function fitHoltWinters(series: Float64Array, options: HoltWintersOptions): HoltWintersModel {
  const seasonal = options.seasonal ?? 'additive';
  validateSeries(series, options.period, seasonal);
  const start = options.start ?? holtWintersStart(series, options.period, seasonal);
  const fixed: Partial<Record<ParameterName, number>> = {
    alpha: options.alpha,
    beta: options.beta,
    gamma: options.gamma,
    phi: options.damped === true ? options.phi : 1,
  };
  for (const name of names) {
    const value = fixed[name];
    if (value !== undefined && !(value >= lowerBounds[name] && value <= 1)) {
      throw new PredictionInputError(`${name} must be in [${lowerBounds[name]}, 1], got ${value}`);
    }
  }
  const free = names.filter((name) => fixed[name] === undefined);
  const assemble = (point: Float64Array): SmoothingParameters => {
    const values = { ...fixed };
    free.forEach((name, index) => (values[name] = point[index]!));
    return {
      alpha: values.alpha ?? 0,
      beta: values.beta ?? 0,
      gamma: values.gamma ?? 0,
      phi: values.phi ?? 1,
    };
  };
  const sse = (point: Float64Array) =>
    filterHoltWinters(series, options.period, seasonal, assemble(point), start, false).sse;
  const parameters = free.length === 0 ? assemble(new Float64Array()) : assemble(minimiseSse(sse, free));
  const state = filterHoltWinters(series, options.period, seasonal, parameters, start);
  return new HoltWintersModel(series, options.period, seasonal, parameters, state);
}

function minimiseSse(sse: (point: Float64Array) => number, free: readonly ParameterName[]): Float64Array {
  const bounds = {
    lower: Float64Array.from(free, (name) => lowerBounds[name]),
    upper: new Float64Array(free.length).fill(1),
  };
  const rStart: Record<ParameterName, number> = { alpha: 0.3, beta: 0.1, gamma: 0.1, phi: 0.98 };
  const starts = [Float64Array.from(free, (name) => rStart[name])];
  for (const value of multiStarts) {
    starts.push(Float64Array.from(free, (name) => (name === 'phi' ? 0.8 + 0.2 * value : value)));
  }
  let best: { point: Float64Array; value: number } = { point: starts[0]!, value: Number.POSITIVE_INFINITY };
  for (const point of starts) {
    const result = nelderMead(sse, point, bounds);
    if (result.value < best.value) best = result;
  }
  for (let restart = 0; restart < 10; restart++) {
    const result = nelderMead(sse, best.point, bounds, { initialStep: 0.02 });
    const improved = result.value < best.value - 1e-12 * Math.abs(best.value);
    if (result.value < best.value) best = result;
    if (!improved) break;
  }
  return best.point;
}

function validateSeries(series: Float64Array, period: number, seasonal: SeasonalForm): void {
  if (!Number.isInteger(period) || period < 2)
    throw new PredictionInputError(`period must be an integer >= 2, got ${period}`);
  if (series.length === 0) throw new PredictionInputError('the series is empty');
  if (series.length < 2 * period + 1) {
    throw new PredictionInputError(
      `need more than two periods (${2 * period} values) of data, got ${series.length}`,
    );
  }
  assertFiniteValues(series, 'series');
  if (seasonal === 'multiplicative' && series.some((value) => value === 0)) {
    throw new PredictionInputError('multiplicative seasonality needs non-zero data');
  }
}
