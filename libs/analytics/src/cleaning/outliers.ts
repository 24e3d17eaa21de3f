import { assertFiniteValues, type NumericValues } from '../descriptive/finite-values';
import { quantileOfSorted, sortedCopy } from '../descriptive/quantiles';
import { RunningMoments } from '../descriptive/running-moments';

export interface OutlierFlags {
  /** 1 where the value is an outlier, else 0; same length as the input. */
  readonly flags: Uint8Array;
  /** Positions of the outliers, ascending. */
  readonly indices: Uint32Array;
}

export interface IqrOutliers extends OutlierFlags {
  readonly lowerFence: number;
  readonly upperFence: number;
}

export interface ZScoreOutliers extends OutlierFlags {
  readonly mean: number;
  /** Population standard deviation (ddof 0, as scipy.stats.zscore). */
  readonly standardDeviation: number;
}

/**
 * Tukey's fences: values below Q1 - factor·IQR or above Q3 + factor·IQR (type 7 quartiles) are
 * outliers. A factor of 1.5 marks "outliers", 3 "far out" values.
 */
export function iqrOutliers(values: NumericValues, factor = 1.5): IqrOutliers {
  if (!(factor >= 0)) throw new RangeError(`IQR factor must be non-negative, got ${factor}`);
  const sorted = sortedCopy(values);
  if (sorted.length === 0) throw new RangeError('outliers of an empty sample are undefined');
  const firstQuartile = quantileOfSorted(sorted, 0.25);
  const thirdQuartile = quantileOfSorted(sorted, 0.75);
  const spread = thirdQuartile - firstQuartile;
  const lowerFence = firstQuartile - factor * spread;
  const upperFence = thirdQuartile + factor * spread;
  return {
    lowerFence,
    upperFence,
    ...flagWhere(values, (value) => value < lowerFence || value > upperFence),
  };
}

/**
 * Values whose |z| = |x - mean| / σ exceeds `threshold` (σ with divisor n). A constant sample has
 * no outliers (scipy would give NaN scores).
 */
export function zScoreOutliers(values: NumericValues, threshold = 3): ZScoreOutliers {
  if (!(threshold > 0)) throw new RangeError(`z-score threshold must be positive, got ${threshold}`);
  assertFiniteValues(values);
  const moments = RunningMoments.of(values);
  if (moments.count === 0) throw new RangeError('outliers of an empty sample are undefined');
  const mean = moments.mean ?? 0;
  const standardDeviation = moments.standardDeviation('population') ?? 0;
  const flagged =
    standardDeviation === 0
      ? () => false
      : (value: number) => Math.abs(value - mean) / standardDeviation > threshold;
  return { mean, standardDeviation, ...flagWhere(values, flagged) };
}

function flagWhere(values: NumericValues, isOutlier: (value: number) => boolean): OutlierFlags {
  const flags = new Uint8Array(values.length);
  const indices: number[] = [];
  for (let index = 0; index < values.length; index++) {
    if (isOutlier(values[index] as number)) {
      flags[index] = 1;
      indices.push(index);
    }
  }
  return { flags, indices: Uint32Array.from(indices) };
}
