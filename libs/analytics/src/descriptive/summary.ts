import { type NumericValues } from './finite-values';
import { quantileOfSorted, sortedCopy } from './quantiles';
import { RunningMoments } from './running-moments';

/**
 * The usual one-line summary of a sample. Quantiles are type 7 (numpy/R default), standard deviation
 * and variance are sample estimates (n - 1), skewness is G1 (scipy bias=False, pandas). Values that
 * a sample this small or this flat cannot define are null, never NaN.
 */
export interface DescriptiveSummary {
  readonly count: number;
  readonly mean: number | null;
  readonly standardDeviation: number | null;
  readonly variance: number | null;
  readonly min: number | null;
  readonly firstQuartile: number | null;
  readonly median: number | null;
  readonly thirdQuartile: number | null;
  readonly max: number | null;
  readonly skewness: number | null;
}

export function describeValues(values: NumericValues): DescriptiveSummary {
  const moments = RunningMoments.of(values);
  const sorted = sortedCopy(values);
  const empty = sorted.length === 0;
  return {
    count: moments.count,
    mean: moments.mean,
    standardDeviation: moments.standardDeviation(),
    variance: moments.variance(),
    min: moments.min,
    firstQuartile: empty ? null : quantileOfSorted(sorted, 0.25),
    median: empty ? null : quantileOfSorted(sorted, 0.5),
    thirdQuartile: empty ? null : quantileOfSorted(sorted, 0.75),
    max: moments.max,
    skewness: moments.skewness(),
  };
}
