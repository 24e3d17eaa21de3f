export type SeasonalForm = 'additive' | 'multiplicative';

export interface HoltWintersStart {
  readonly level: number;
  readonly trend: number;
  /** One figure per position in the period, for the first period of the series. */
  readonly season: Float64Array;
}

/**
 * R's HoltWinters start values (start.periods = 2): `decompose` the first two periods (centred moving
 * average trend, seasonal figures averaged per position and normalised), then a least-squares line
 * through the defined trend values gives the level (intercept at t = 0) and the trend (slope).
 */
export function holtWintersStart(series: Float64Array, period: number, form: SeasonalForm): HoltWintersStart {
  const window = 2 * period;
  const weights = movingAverageWeights(period);
  const half = (weights.length - 1) / 2;
  const trend = new Float64Array(window).fill(Number.NaN);
  for (let index = half; index < window - half; index++) {
    let sum = 0;
    for (let offset = 0; offset < weights.length; offset++)
      sum += weights[offset]! * series[index - half + offset]!;
    trend[index] = sum;
  }
  const season = new Float64Array(period);
  for (let position = 0; position < period; position++) {
    let sum = 0;
    let count = 0;
    for (const index of [position, position + period]) {
      const smooth = trend[index]!;
      if (Number.isNaN(smooth)) continue;
      sum += form === 'multiplicative' ? series[index]! / smooth : series[index]! - smooth;
      count++;
    }
    season[position] = sum / count;
  }
  const average = season.reduce((total, value) => total + value, 0) / period;
  for (let position = 0; position < period; position++) {
    season[position] = form === 'multiplicative' ? season[position]! / average : season[position]! - average;
  }
  const defined = trend.filter((value) => !Number.isNaN(value));
  const { intercept, slope } = straightLine(defined);
  return { level: intercept, trend: slope, season };
}

function movingAverageWeights(period: number): Float64Array {
  if (period % 2 === 1) return new Float64Array(period).fill(1 / period);
  const weights = new Float64Array(period + 1).fill(1 / period);
  weights[0] = 0.5 / period;
  weights[period] = 0.5 / period;
  return weights;
}

// Least squares y = intercept + slope·t for t = 1..n, as R's lm(dat ~ seq_along(dat)).
function straightLine(values: Float64Array): { intercept: number; slope: number } {
  const n = values.length;
  const meanTime = (n + 1) / 2;
  const meanValue = values.reduce((total, value) => total + value, 0) / n;
  let covariance = 0;
  let variance = 0;
  values.forEach((value, index) => {
    covariance += (index + 1 - meanTime) * (value - meanValue);
    variance += (index + 1 - meanTime) ** 2;
  });
  const slope = covariance / variance;
  return { intercept: meanValue - slope * meanTime, slope };
}
