import { PredictionInputError } from './dense-matrix';

/**
 * Cholesky factor L (row-major n x n, lower triangle) of a symmetric positive definite matrix.
 * A pivot at or below `relativeTolerance` times its diagonal entry means the matrix is singular to
 * working precision: the error names the offending column so callers can report it.
 */
export function choleskyFactor(
  matrix: Float64Array,
  n: number,
  columnNames?: readonly string[],
  relativeTolerance = 1e-13,
): Float64Array {
  const lower = new Float64Array(n * n);
  for (let column = 0; column < n; column++) {
    let pivot = matrix[column * n + column]!;
    for (let k = 0; k < column; k++) pivot -= lower[column * n + k]! ** 2;
    if (!(pivot > relativeTolerance * Math.abs(matrix[column * n + column]!)) || !(pivot > 0)) {
      const name = columnNames?.[column] ?? `column ${column}`;
      throw new PredictionInputError(
        `singular system: ${name} is constant or a linear combination of the columns before it (collinear)`,
      );
    }
    const diagonal = Math.sqrt(pivot);
    lower[column * n + column] = diagonal;
    for (let row = column + 1; row < n; row++) {
      let sum = matrix[row * n + column]!;
      for (let k = 0; k < column; k++) sum -= lower[row * n + k]! * lower[column * n + k]!;
      lower[row * n + column] = sum / diagonal;
    }
  }
  return lower;
}

/** Solves L Lᵀ x = b for x, given the factor from `choleskyFactor`. */
export function choleskySolve(lower: Float64Array, n: number, rightHandSide: Float64Array): Float64Array {
  const solution = Float64Array.from(rightHandSide);
  for (let row = 0; row < n; row++) {
    let sum = solution[row]!;
    for (let k = 0; k < row; k++) sum -= lower[row * n + k]! * solution[k]!;
    solution[row] = sum / lower[row * n + row]!;
  }
  for (let row = n - 1; row >= 0; row--) {
    let sum = solution[row]!;
    for (let k = row + 1; k < n; k++) sum -= lower[k * n + row]! * solution[k]!;
    solution[row] = sum / lower[row * n + row]!;
  }
  return solution;
}

/** Diagonal of the inverse of L Lᵀ (for standard errors). */
export function choleskyInverseDiagonal(lower: Float64Array, n: number): Float64Array {
  const diagonal = new Float64Array(n);
  const unit = new Float64Array(n);
  for (let column = 0; column < n; column++) {
    unit.fill(0);
    unit[column] = 1;
    diagonal[column] = choleskySolve(lower, n, unit)[column]!;
  }
  return diagonal;
}
