import { assertSameLength, type Label, type Labels, sortedUniqueLabels } from './labels';

export interface ConfusionMatrix {
  /** Row and column order of `counts`. */
  readonly labels: Label[];
  /** counts[i][j]: rows whose actual label is labels[i] and predicted label labels[j] (sklearn layout). */
  readonly counts: number[][];
}

export interface BinaryMetricOptions {
  /** The label counted as positive. Default 1. */
  readonly positive?: Label;
}

/** Share of rows predicted correctly. */
export function accuracy(actual: Labels, predicted: Labels): number {
  assertSameLength(actual, predicted);
  let correct = 0;
  for (let row = 0; row < actual.length; row++) if (actual[row] === predicted[row]) correct++;
  return correct / actual.length;
}

/** Confusion matrix over `labels` (default: every label seen, ascending). */
export function confusionMatrix(
  actual: Labels,
  predicted: Labels,
  labels?: readonly Label[],
): ConfusionMatrix {
  assertSameLength(actual, predicted);
  const order = labels === undefined ? sortedUniqueLabels(actual, predicted) : [...labels];
  const position = new Map(order.map((label, index) => [label, index]));
  const counts = order.map(() => new Array<number>(order.length).fill(0));
  for (let row = 0; row < actual.length; row++) {
    const i = position.get(actual[row] as Label);
    const j = position.get(predicted[row] as Label);
    const countsRow = i === undefined ? undefined : counts[i];
    if (countsRow !== undefined && j !== undefined) countsRow[j] = (countsRow[j] ?? 0) + 1;
  }
  return { labels: order, counts };
}

/** TP / (TP + FP) for the positive label; 0 when nothing was predicted positive (sklearn zero_division=0). */
export function precision(actual: Labels, predicted: Labels, options: BinaryMetricOptions = {}): number {
  const { truePositives, falsePositives } = binaryCounts(actual, predicted, options.positive ?? 1);
  return ratioOrZero(truePositives, truePositives + falsePositives);
}

/** TP / (TP + FN) for the positive label; 0 when no row is actually positive. */
export function recall(actual: Labels, predicted: Labels, options: BinaryMetricOptions = {}): number {
  const { truePositives, falseNegatives } = binaryCounts(actual, predicted, options.positive ?? 1);
  return ratioOrZero(truePositives, truePositives + falseNegatives);
}

/** Harmonic mean of precision and recall, 2TP / (2TP + FP + FN); 0 when undefined. */
export function f1Score(actual: Labels, predicted: Labels, options: BinaryMetricOptions = {}): number {
  const { truePositives, falsePositives, falseNegatives } = binaryCounts(
    actual,
    predicted,
    options.positive ?? 1,
  );
  return ratioOrZero(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
}

function binaryCounts(actual: Labels, predicted: Labels, positive: Label) {
  assertSameLength(actual, predicted);
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (let row = 0; row < actual.length; row++) {
    const isActual = actual[row] === positive;
    const isPredicted = predicted[row] === positive;
    if (isActual && isPredicted) truePositives++;
    else if (isPredicted) falsePositives++;
    else if (isActual) falseNegatives++;
  }
  return { truePositives, falsePositives, falseNegatives };
}

function ratioOrZero(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
