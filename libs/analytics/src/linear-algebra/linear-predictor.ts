import { type DenseMatrix, PredictionInputError, assertFiniteMatrix } from './dense-matrix';

/** intercept + x·coefficients for every row of x. */
export function linearPredictor(
  matrix: DenseMatrix,
  coefficients: Float64Array,
  intercept: number,
): Float64Array {
  assertFiniteMatrix(matrix, 'feature matrix');
  const { rows, cols, data } = matrix;
  if (cols !== coefficients.length) {
    throw new PredictionInputError(
      `feature matrix has ${cols} columns, the model was fitted on ${coefficients.length}`,
    );
  }
  const output = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    let sum = intercept;
    const offset = row * cols;
    for (let column = 0; column < cols; column++) sum += data[offset + column]! * coefficients[column]!;
    output[row] = sum;
  }
  return output;
}
