import { type NumericMatrix } from '../descriptive/numeric-matrix';

const machineEpsilon = Number.EPSILON;

/** Throws a RangeError naming the first NaN or infinite cell of a matrix. */
export function assertFiniteMatrix(matrix: NumericMatrix, label: string): void {
  const { data, cols } = matrix;
  for (let index = 0; index < data.length; index++) {
    if (!Number.isFinite(data[index])) {
      const row = Math.floor(index / cols);
      throw new RangeError(
        `${label}: ${String(data[index])} at row ${row}, column ${index % cols}; drop or impute missing values first`,
      );
    }
  }
}

/** Throws unless a fitted transformer sees the number of columns it was fitted on. */
export function assertColumnCount(matrix: NumericMatrix, expected: number, label: string): void {
  if (matrix.cols !== expected)
    throw new RangeError(`${label} was fitted on ${expected} columns, got ${matrix.cols}`);
}

/** A scale of (nearly) zero becomes 1, so constant columns pass through instead of dividing by zero (sklearn). */
export function scaleOrOne(scale: number): number {
  return scale < 10 * machineEpsilon ? 1 : scale;
}

/** Per-column mean and population variance, two passes. */
export function columnMeansAndVariances(matrix: NumericMatrix): {
  means: Float64Array;
  variances: Float64Array;
} {
  const { data, rows, cols } = matrix;
  const means = new Float64Array(cols);
  const variances = new Float64Array(cols);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < cols; column++) {
      means[column] = (means[column] as number) + (data[row * cols + column] as number);
    }
  }
  for (let column = 0; column < cols; column++) means[column] = (means[column] as number) / rows;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < cols; column++) {
      const deviation = (data[row * cols + column] as number) - (means[column] as number);
      variances[column] = (variances[column] as number) + deviation * deviation;
    }
  }
  for (let column = 0; column < cols; column++) variances[column] = (variances[column] as number) / rows;
  return { means, variances };
}

/** sklearn's test for a feature whose variance is only rounding error (_is_constant_feature). */
export function isConstantFeature(variance: number, mean: number, rows: number): boolean {
  const upperBound = rows * machineEpsilon * variance + (rows * mean * machineEpsilon) ** 2;
  return variance <= upperBound;
}

/** Applies `map(value, column)` to every cell, returning a new matrix. */
export function mapCells(
  matrix: NumericMatrix,
  map: (value: number, column: number) => number,
): NumericMatrix {
  const { data, rows, cols } = matrix;
  const result = new Float64Array(data.length);
  for (let index = 0; index < data.length; index++) result[index] = map(data[index] as number, index % cols);
  return { data: result, rows, cols };
}
