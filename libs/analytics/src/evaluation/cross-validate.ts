import { type NumericMatrix } from '../descriptive/numeric-matrix';
import { type Fold } from './k-fold';

export interface CrossValidation {
  /** Each row's prediction from the model that did not see it in training. */
  readonly outOfFoldPredictions: Float64Array;
  /** score(actual, predicted) per fold, when a score function was given. */
  readonly foldScores: number[];
  /** Mean of foldScores; null without a score function. */
  readonly meanScore: number | null;
}

/** Copies the given rows of a row-major matrix. */
export function takeRows(matrix: NumericMatrix, rows: ArrayLike<number>): NumericMatrix {
  const { data, cols } = matrix;
  const result = new Float64Array(rows.length * cols);
  for (let index = 0; index < rows.length; index++) {
    const source = rows[index] as number;
    result.set(data.subarray(source * cols, source * cols + cols), index * cols);
  }
  return { data: result, rows: rows.length, cols };
}

/** Copies the given entries of a vector. */
export function takeValues(values: Float64Array, rows: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: rows.length }, (_, index) => values[rows[index] as number] as number);
}

/**
 * Fits on each fold's training rows and predicts its test rows: any model works that can be
 * expressed as `fit(X, y) -> model` and `predict(model, X) -> predictions`.
 */
export function crossValidate<Model>(
  fit: (features: NumericMatrix, target: Float64Array) => Model,
  predict: (model: Model, features: NumericMatrix) => Float64Array,
  features: NumericMatrix,
  target: Float64Array,
  folds: readonly Fold[],
  score?: (actual: Float64Array, predicted: Float64Array) => number,
): CrossValidation {
  if (target.length !== features.rows) {
    throw new RangeError(`features have ${features.rows} rows but target has ${target.length}`);
  }
  const outOfFoldPredictions = new Float64Array(features.rows).fill(Number.NaN);
  const foldScores: number[] = [];
  for (const fold of folds) {
    const model = fit(takeRows(features, fold.trainIndices), takeValues(target, fold.trainIndices));
    const predicted = predict(model, takeRows(features, fold.testIndices));
    if (predicted.length !== fold.testIndices.length) {
      throw new RangeError(`predict returned ${predicted.length} values for ${fold.testIndices.length} rows`);
    }
    fold.testIndices.forEach((row, index) => (outOfFoldPredictions[row] = predicted[index] as number));
    if (score !== undefined) foldScores.push(score(takeValues(target, fold.testIndices), predicted));
  }
  const meanScore =
    score === undefined || foldScores.length === 0
      ? null
      : foldScores.reduce((total, value) => total + value, 0) / foldScores.length;
  return { outOfFoldPredictions, foldScores, meanScore };
}
