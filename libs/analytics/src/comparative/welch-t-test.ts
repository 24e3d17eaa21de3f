import { assertMinimumCount, type NumericValues } from '../descriptive/finite-values';
import { RunningMoments } from '../descriptive/running-moments';
import { studentTTwoSidedPValue } from '../special-functions/student-t';

export interface WelchTTestResult {
  /** mean(first) - mean(second). */
  readonly meanDifference: number;
  readonly t: number;
  /** Welch-Satterthwaite degrees of freedom (fractional). */
  readonly degreesOfFreedom: number;
  /** Two-sided p-value. */
  readonly pValue: number;
}

/**
 * Welch's unequal-variance t-test, as scipy.stats.ttest_ind(first, second, equal_var=False).
 * Each sample needs two values; two constant samples have no t statistic and raise a RangeError.
 */
export function welchTTest(first: NumericValues, second: NumericValues): WelchTTestResult {
  assertMinimumCount(first, 2, 'first sample');
  assertMinimumCount(second, 2, 'second sample');
  const a = RunningMoments.of(first);
  const b = RunningMoments.of(second);
  const shareA = (a.variance() ?? 0) / a.count;
  const shareB = (b.variance() ?? 0) / b.count;
  const standardError = Math.sqrt(shareA + shareB);
  if (standardError === 0) {
    throw new RangeError('both samples are constant: the t statistic is undefined');
  }
  const meanDifference = (a.mean ?? 0) - (b.mean ?? 0);
  const t = meanDifference / standardError;
  const degreesOfFreedom =
    ((shareA + shareB) * (shareA + shareB)) /
    ((shareA * shareA) / (a.count - 1) + (shareB * shareB) / (b.count - 1));
  return { meanDifference, t, degreesOfFreedom, pValue: studentTTwoSidedPValue(t, degreesOfFreedom) };
}
