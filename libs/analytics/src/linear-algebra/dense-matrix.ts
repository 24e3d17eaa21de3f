/** A dense row-major matrix: cell (row, column) is `data[row * cols + column]`. */
export interface DenseMatrix {
  readonly data: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

/** Raised for input a model cannot be fitted on: empty, non-finite, singular, one class only. */
export class PredictionInputError extends Error {
  override readonly name = 'PredictionInputError';
}

export function dot(left: Float64Array, right: Float64Array, length = left.length): number {
  let sum = 0;
  for (let index = 0; index < length; index++) sum += left[index]! * right[index]!;
  return sum;
}

export function assertFiniteMatrix(matrix: DenseMatrix, what: string): void {
  if (matrix.rows === 0 || matrix.cols === 0) throw new PredictionInputError(`${what} is empty`);
  if (matrix.data.length !== matrix.rows * matrix.cols) {
    throw new PredictionInputError(
      `${what} has ${matrix.data.length} cells, expected ${matrix.rows}x${matrix.cols}`,
    );
  }
  assertFiniteValues(matrix.data, what, matrix.cols);
}

export function assertFiniteValues(values: Float64Array, what: string, cols = 1): void {
  for (let index = 0; index < values.length; index++) {
    if (!Number.isFinite(values[index])) {
      const at = cols === 1 ? `row ${index}` : `row ${Math.floor(index / cols)}, column ${index % cols}`;
      throw new PredictionInputError(`${what} has a non-finite value (${values[index]}) at ${at}`);
    }
  }
}
