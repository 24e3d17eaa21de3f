import {
  type DenseMatrix,
  PredictionInputError,
  assertFiniteMatrix,
  assertFiniteValues,
} from '../linear-algebra';

/** Checks a 0/1 target against its feature matrix; one class only is an error, as in scikit-learn. */
export function assertBinaryProblem(features: DenseMatrix, labels: Float64Array): void {
  assertFiniteMatrix(features, 'feature matrix');
  assertFiniteValues(labels, 'target');
  if (labels.length !== features.rows) {
    throw new PredictionInputError(
      `target has ${labels.length} values, the feature matrix ${features.rows} rows`,
    );
  }
  let positives = 0;
  for (let row = 0; row < labels.length; row++) {
    const label = labels[row];
    if (label !== 0 && label !== 1)
      throw new PredictionInputError(`target must be 0 or 1, found ${label} at row ${row}`);
    positives += label;
  }
  if (positives === 0 || positives === labels.length) {
    throw new PredictionInputError(
      `target has one class only (every row is ${positives === 0 ? 0 : 1}): need both 0 and 1`,
    );
  }
}

export function assertPositiveC(value: number): void {
  if (!Number.isFinite(value) || value <= 0)
    throw new PredictionInputError(`C must be a finite number > 0, got ${value}`);
}
