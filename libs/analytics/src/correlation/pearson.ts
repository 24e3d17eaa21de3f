import { assertFiniteValues, assertMinimumCount, type NumericValues } from '../descriptive/finite-values';

/** Pearson's r; null when either variable is constant (r is undefined there). */
export function pearson(x: NumericValues, y: NumericValues): number | null {
  assertPaired(x, y);
  const left = centred(x);
  const right = centred(y);
  return correlationOfCentred(left, right);
}

export interface CentredColumn {
  readonly deviations: Float64Array;
  /** Sum of squared deviations; 0 for a constant column. */
  readonly sumOfSquares: number;
}

/** Deviations from the mean (refined by a second pass) and their norm. */
export function centred(values: NumericValues): CentredColumn {
  const n = values.length;
  let sum = 0;
  for (const value of values) sum += value;
  let mean = sum / n;
  let residual = 0;
  for (const value of values) residual += value - mean;
  mean += residual / n;
  const deviations = new Float64Array(n);
  let squares = 0;
  for (let index = 0; index < n; index++) {
    const deviation = (values[index] as number) - mean;
    deviations[index] = deviation;
    squares += deviation * deviation;
  }
  // A column whose spread is rounding noise around its mean is constant for our purposes.
  const noise = 1e-13 * mean;
  return { deviations, sumOfSquares: squares <= noise * noise * n ? 0 : squares };
}

/** r from two centred columns; null if either is constant. Clamped to [-1, 1] against rounding. */
export function correlationOfCentred(left: CentredColumn, right: CentredColumn): number | null {
  if (left.sumOfSquares === 0 || right.sumOfSquares === 0) return null;
  const x = left.deviations;
  const y = right.deviations;
  let products = 0;
  for (let index = 0; index < x.length; index++) products += (x[index] as number) * (y[index] as number);
  // One square root of the product rounds less than a product of two roots: exact ±1 on linear data.
  return Math.max(-1, Math.min(1, products / Math.sqrt(left.sumOfSquares * right.sumOfSquares)));
}

export function assertPaired(x: NumericValues, y: NumericValues): void {
  if (x.length !== y.length) throw new RangeError(`x has ${x.length} values but y has ${y.length}`);
  assertMinimumCount(x, 2, 'a correlation');
  assertFiniteValues(x, 'x');
  assertFiniteValues(y, 'y');
}
