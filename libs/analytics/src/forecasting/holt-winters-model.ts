import { PredictionInputError } from '../linear-algebra';
import { type HoltWintersState, type SmoothingParameters } from './holt-winters-filter';
import { type SeasonalForm } from './holt-winters-start';
import { normalQuantile } from './normal-quantile';

export interface HoltWintersForecast {
  readonly mean: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** Forecast-error variance per step, from R's predict.HoltWinters formula. */
  readonly variance: Float64Array;
}

/** A fitted Holt-Winters model: smoothing parameters, final states, SSE, in-sample one-step predictions. */
export class HoltWintersModel {
  readonly residualVariance: number;

  constructor(
    readonly series: Float64Array,
    readonly period: number,
    readonly seasonal: SeasonalForm,
    readonly parameters: SmoothingParameters,
    readonly state: HoltWintersState,
  ) {
    const residuals = state.fitted.map((prediction, index) => series[index + period]! - prediction);
    const mean = residuals.reduce((total, value) => total + value, 0) / residuals.length;
    const squares = residuals.reduce((total, value) => total + (value - mean) ** 2, 0);
    this.residualVariance = residuals.length > 1 ? squares / (residuals.length - 1) : Number.NaN;
  }

  get sse(): number {
    return this.state.sse;
  }

  /**
   * Point forecasts for steps 1..horizon and prediction intervals at `confidence`, computed as R's
   * predict.HoltWinters (including its multiplicative-case indexing of the coefficient vector).
   */
  forecast(horizon: number, confidence = 0.95): HoltWintersForecast {
    if (!Number.isInteger(horizon) || horizon < 1)
      throw new PredictionInputError(`horizon must be an integer >= 1, got ${horizon}`);
    if (!(confidence > 0 && confidence < 1))
      throw new PredictionInputError(`confidence must be in (0, 1), got ${confidence}`);
    const { level, trend, season } = this.state;
    const { phi } = this.parameters;
    const quantile = normalQuantile((1 + confidence) / 2);
    const mean = new Float64Array(horizon);
    const lower = new Float64Array(horizon);
    const upper = new Float64Array(horizon);
    const variance = new Float64Array(horizon);
    let dampedSteps = 0;
    for (let step = 1; step <= horizon; step++) {
      dampedSteps += phi ** step;
      const base = level + dampedSteps * trend;
      const seasonal = season[(step - 1) % this.period]!;
      const point = this.seasonal === 'multiplicative' ? base * seasonal : base + seasonal;
      const stepVariance = this.residualVariance * this.varianceFactor(step);
      const half = quantile * Math.sqrt(stepVariance);
      mean[step - 1] = point;
      variance[step - 1] = stepVariance;
      lower[step - 1] = point - half;
      upper[step - 1] = point + half;
    }
    return { mean, lower, upper, variance };
  }

  private varianceFactor(step: number): number {
    const { alpha, beta, gamma, phi } = this.parameters;
    const f = this.period;
    const psi = (j: number) => {
      let dampedJ = 0;
      for (let i = 1; i <= j; i++) dampedJ += phi ** (i - 1);
      return alpha * (1 + dampedJ * beta) + (j % f === 0 ? gamma * (1 - alpha) : 0);
    };
    if (this.seasonal === 'additive') {
      let sum = 1;
      for (let j = 1; j < step; j++) sum += psi(j) ** 2;
      return sum;
    }
    // R indexes c(a, b, s1..sf) as coefficients[2 + k]; k = 0 lands on b, as R does.
    const coefficient = (k: number) => (k === 0 ? this.state.trend : this.state.season[k - 1]!);
    const relative = 1 + ((step - 1) % f);
    let sum = 0;
    for (let j = 0; j < step; j++) {
      sum += ((psi(j) * coefficient(relative)) / coefficient((((relative - j) % f) + f) % f)) ** 2;
    }
    return sum;
  }
}
