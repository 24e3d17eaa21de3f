import { type NumericValues, assertFiniteValues } from '../descriptive/finite-values';
import { averageRanks } from '../correlation/ranks';
import { assertSameLength, type Label, type Labels } from './labels';

/**
 * Area under the ROC curve of `scores` (higher means more likely positive) for binary `actual`.
 * Computed as the Mann-Whitney statistic with average ranks, so tied scores count one half, which
 * equals sklearn's roc_auc_score (trapezoids through tied thresholds). Needs both classes present.
 */
export function rocAuc(actual: Labels, scores: NumericValues, positive: Label = 1): number {
  assertSameLength(actual, scores);
  assertFiniteValues(scores, 'scores');
  const ranks = averageRanks(scores);
  let positives = 0;
  let positiveRankSum = 0;
  for (let row = 0; row < actual.length; row++) {
    if (actual[row] === positive) {
      positives++;
      positiveRankSum += ranks[row] as number;
    }
  }
  const negatives = actual.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new RangeError('ROC AUC needs both positive and negative rows; only one class is present');
  }
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
