import {
  type DenseMatrix,
  PredictionInputError,
  choleskyFactor,
  choleskyInverseDiagonal,
  choleskySolve,
  dot,
  qrLeastSquares,
} from '../linear-algebra';
import { LinearRegressionModel } from './linear-regression-model';
import { LinearSufficientStatistics } from './linear-sufficient-statistics';

export interface LinearRegressionOptions {
  /** Ridge penalty λ on ‖coefficients‖²; the intercept is never penalised. Default 0 (OLS). */
  readonly ridge?: number;
  /** 'cholesky' (default) solves the centred normal equations; 'qr' factors the centred design itself. */
  readonly solver?: 'cholesky' | 'qr';
  /** Names used in error messages (singular design). */
  readonly columnNames?: readonly string[];
}

/** Fits OLS or ridge on a feature matrix and a target. */
export function fitLinearRegression(
  features: DenseMatrix,
  target: Float64Array,
  options: LinearRegressionOptions = {},
): LinearRegressionModel {
  const statistics = LinearSufficientStatistics.fromBatch(features, target);
  if (options.solver === 'qr') return solveByQr(features, target, statistics, options);
  return solveLinearRegression(statistics, options);
}

/**
 * Solves OLS or ridge from merged sufficient statistics by Cholesky on the correlation-scaled centred
 * cross-products (scaling equalises the diagonal, which keeps pivots meaningful on badly scaled data).
 */
export function solveLinearRegression(
  statistics: LinearSufficientStatistics,
  options: Omit<LinearRegressionOptions, 'solver'> = {},
): LinearRegressionModel {
  const ridge = validatedRidge(options.ridge);
  const { featureCount: p, count, means, crossProducts } = statistics;
  if (count === 0) throw new PredictionInputError('no rows: cannot fit a linear regression on empty input');
  const dimension = p + 1;
  const scale = new Float64Array(p);
  for (let column = 0; column < p; column++) {
    const sumOfSquares = crossProducts[column * dimension + column]!;
    if (!(Math.sqrt(sumOfSquares / count) > 1e-12 * Math.max(Math.abs(means[column]!), Number.MIN_VALUE))) {
      const name = options.columnNames?.[column] ?? `column ${column}`;
      throw new PredictionInputError(`singular design: ${name} is constant`);
    }
    scale[column] = Math.sqrt(sumOfSquares);
  }
  const scaled = new Float64Array(p * p);
  const rightHandSide = new Float64Array(p);
  for (let row = 0; row < p; row++) {
    for (let column = 0; column < p; column++) {
      scaled[row * p + column] = crossProducts[row * dimension + column]! / (scale[row]! * scale[column]!);
    }
    scaled[row * p + row]! += ridge / scale[row]! ** 2;
    rightHandSide[row] = crossProducts[row * dimension + p]! / scale[row]!;
  }
  const lower = choleskyFactor(scaled, p, options.columnNames);
  const solved = choleskySolve(lower, p, rightHandSide);
  const coefficients = solved.map((value, column) => value / scale[column]!);
  const intercept = means[p]! - dot(coefficients, means, p);
  const crossWithTarget = new Float64Array(p);
  for (let column = 0; column < p; column++) crossWithTarget[column] = crossProducts[column * dimension + p]!;
  const totalSumOfSquares = crossProducts[p * dimension + p]!;
  let quadratic = 0;
  for (let row = 0; row < p; row++) {
    for (let column = 0; column < p; column++) {
      quadratic += coefficients[row]! * crossProducts[row * dimension + column]! * coefficients[column]!;
    }
  }
  const residualSumOfSquares = Math.max(
    0,
    totalSumOfSquares - 2 * dot(coefficients, crossWithTarget) + quadratic,
  );
  const rSquared = totalSumOfSquares > 0 ? 1 - residualSumOfSquares / totalSumOfSquares : Number.NaN;
  const standardErrors =
    ridge === 0 && count > p + 1
      ? olsStandardErrors(lower, scale, means, residualSumOfSquares / (count - p - 1), count)
      : undefined;
  return new LinearRegressionModel(
    intercept,
    coefficients,
    rSquared,
    residualSumOfSquares,
    count,
    standardErrors,
  );
}

function olsStandardErrors(
  lower: Float64Array,
  scale: Float64Array,
  means: Float64Array,
  residualVariance: number,
  count: number,
): { intercept: number; coefficients: Float64Array } {
  const p = scale.length;
  const inverseDiagonal = choleskyInverseDiagonal(lower, p);
  const coefficients = inverseDiagonal.map((value, column) =>
    Math.sqrt((residualVariance * value) / scale[column]! ** 2),
  );
  const scaledMeans = Float64Array.from({ length: p }, (_, column) => means[column]! / scale[column]!);
  const quadratic = dot(scaledMeans, choleskySolve(lower, p, scaledMeans));
  return { intercept: Math.sqrt(residualVariance * (1 / count + quadratic)), coefficients };
}

function solveByQr(
  features: DenseMatrix,
  target: Float64Array,
  statistics: LinearSufficientStatistics,
  options: LinearRegressionOptions,
): LinearRegressionModel {
  const ridge = validatedRidge(options.ridge);
  const { rows, cols, data } = features;
  const penaltyRows = ridge > 0 ? cols : 0;
  const design = new Float64Array((rows + penaltyRows) * cols);
  const response = new Float64Array(rows + penaltyRows);
  const { means } = statistics;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < cols; column++)
      design[row * cols + column] = data[row * cols + column]! - means[column]!;
    response[row] = target[row]! - means[cols]!;
  }
  for (let column = 0; column < penaltyRows; column++)
    design[(rows + column) * cols + column] = Math.sqrt(ridge);
  const coefficients = qrLeastSquares(
    { data: design, rows: rows + penaltyRows, cols },
    response,
    options.columnNames,
  );
  const intercept = means[cols]! - dot(coefficients, means, cols);
  let residualSumOfSquares = 0;
  let totalSumOfSquares = 0;
  for (let row = 0; row < rows; row++) {
    let fitted = 0;
    for (let column = 0; column < cols; column++)
      fitted += design[row * cols + column]! * coefficients[column]!;
    residualSumOfSquares += (response[row]! - fitted) ** 2;
    totalSumOfSquares += response[row]! ** 2;
  }
  return new LinearRegressionModel(
    intercept,
    coefficients,
    1 - residualSumOfSquares / totalSumOfSquares,
    residualSumOfSquares,
    rows,
  );
}

function validatedRidge(ridge: number | undefined): number {
  const value = ridge ?? 0;
  if (!Number.isFinite(value) || value < 0)
    throw new PredictionInputError(`ridge must be a finite number >= 0, got ${value}`);
  return value;
}
