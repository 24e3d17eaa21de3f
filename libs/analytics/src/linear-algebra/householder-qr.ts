import { type DenseMatrix, PredictionInputError } from './dense-matrix';

/**
 * Least squares min ‖A x − b‖ by Householder QR on A itself (no normal equations), so the condition
 * number enters once rather than squared. Columns whose remaining norm falls below
 * `relativeTolerance` of their original norm are reported as collinear.
 */
export function qrLeastSquares(
  matrix: DenseMatrix,
  target: Float64Array,
  columnNames?: readonly string[],
  relativeTolerance = 1e-12,
): Float64Array {
  const { rows, cols } = matrix;
  if (rows < cols) throw new PredictionInputError(`least squares needs at least ${cols} rows, got ${rows}`);
  const work = Float64Array.from(matrix.data);
  const rightHandSide = Float64Array.from(target);
  const diagonal = new Float64Array(cols);
  for (let column = 0; column < cols; column++) {
    let originalNorm = 0;
    for (let row = 0; row < rows; row++) originalNorm += matrix.data[row * cols + column]! ** 2;
    let norm = 0;
    for (let row = column; row < rows; row++) norm += work[row * cols + column]! ** 2;
    norm = Math.sqrt(norm);
    if (!(norm > relativeTolerance * Math.sqrt(originalNorm))) {
      const name = columnNames?.[column] ?? `column ${column}`;
      throw new PredictionInputError(
        `singular design: ${name} is constant or collinear with earlier columns`,
      );
    }
    const head = work[column * cols + column]!;
    const alpha = head > 0 ? -norm : norm;
    diagonal[column] = alpha;
    work[column * cols + column] = head - alpha;
    let vectorNormSquared = 0;
    for (let row = column; row < rows; row++) vectorNormSquared += work[row * cols + column]! ** 2;
    for (let other = column + 1; other < cols; other++) {
      let projection = 0;
      for (let row = column; row < rows; row++)
        projection += work[row * cols + column]! * work[row * cols + other]!;
      const scale = (2 * projection) / vectorNormSquared;
      for (let row = column; row < rows; row++)
        work[row * cols + other]! -= scale * work[row * cols + column]!;
    }
    let projection = 0;
    for (let row = column; row < rows; row++) projection += work[row * cols + column]! * rightHandSide[row]!;
    const scale = (2 * projection) / vectorNormSquared;
    for (let row = column; row < rows; row++) rightHandSide[row]! -= scale * work[row * cols + column]!;
  }
  const solution = new Float64Array(cols);
  for (let row = cols - 1; row >= 0; row--) {
    let sum = rightHandSide[row]!;
    for (let k = row + 1; k < cols; k++) sum -= work[row * cols + k]! * solution[k]!;
    solution[row] = sum / diagonal[row]!;
  }
  return solution;
}
