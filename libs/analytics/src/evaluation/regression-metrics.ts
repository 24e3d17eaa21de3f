import { assertFiniteValues, type NumericValues } from '../descriptive/finite-values';
import { assertSameLength } from './labels';

/** Root mean squared error. */
export function rootMeanSquaredError(actual: NumericValues, predicted: NumericValues): number {
  checked(actual, predicted);
  let squares = 0;
  for (let row = 0; row < actual.length; row++) {
    const error = (actual[row] as number) - (predicted[row] as number);
    squares += error * error;
  }
  return Math.sqrt(squares / actual.length);
}

/** Mean absolute error. */
export function meanAbsoluteError(actual: NumericValues, predicted: NumericValues): number {
  checked(actual, predicted);
  let total = 0;
  for (let row = 0; row < actual.length; row++)
    total += Math.abs((actual[row] as number) - (predicted[row] as number));
  return total / actual.length;
}

export interface MapeOptions {
  /**
   * 'error' (default) rejects a zero actual, whose percentage error is infinite; 'skip' leaves such
   * rows out and averages over the rest. sklearn instead divides by 2.2e-16, giving meaningless giants.
   */
  readonly zeroActuals?: 'error' | 'skip';
}

/** Mean absolute percentage error as a fraction (0.05 = 5 %), like sklearn. */
export function meanAbsolutePercentageError(
  actual: NumericValues,
  predicted: NumericValues,
  options: MapeOptions = {},
): number {
  checked(actual, predicted);
  let total = 0;
  let counted = 0;
  for (let row = 0; row < actual.length; row++) {
    const truth = actual[row] as number;
    if (truth === 0) {
      if (options.zeroActuals === 'skip') continue;
      throw new RangeError(`MAPE is undefined: actual value at row ${row} is zero (use zeroActuals: 'skip')`);
    }
    total += Math.abs((truth - (predicted[row] as number)) / truth);
    counted++;
  }
  if (counted === 0) throw new RangeError('MAPE is undefined: every actual value is zero');
  return total / counted;
}

/**
 * Coefficient of determination 1 - SS_res / SS_tot. A constant `actual` gives 1 for a perfect
 * prediction and 0 otherwise, as sklearn's r2_score(force_finite=True).
 */
export function rSquared(actual: NumericValues, predicted: NumericValues): number {
  checked(actual, predicted);
  let mean = 0;
  for (const value of actual) mean += value;
  mean /= actual.length;
  let residual = 0;
  let totalSquares = 0;
  for (let row = 0; row < actual.length; row++) {
    const truth = actual[row] as number;
    const error = truth - (predicted[row] as number);
    residual += error * error;
    totalSquares += (truth - mean) * (truth - mean);
  }
  if (totalSquares === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / totalSquares;
}

function checked(actual: NumericValues, predicted: NumericValues): void {
  assertSameLength(actual, predicted);
  assertFiniteValues(actual, 'actual');
  assertFiniteValues(predicted, 'predicted');
}
