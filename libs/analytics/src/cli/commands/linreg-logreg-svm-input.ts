import { PredictionInputError } from '../../linear-algebra';
import { CliUsageError } from '../cli-command';
import { readNumericCsv } from '../numeric-csv';

export interface SupervisedInput {
  readonly featureNames: string[];
  readonly features: { data: Float64Array; rows: number; cols: number };
  readonly target: Float64Array;
}

/** Reads a numeric CSV and splits off the `--target` column; every other column is a feature. */
export function readSupervisedCsv(
  options: Readonly<Record<string, string | boolean | undefined>>,
): SupervisedInput {
  const input = requiredString(options, 'input');
  const targetName = requiredString(options, 'target');
  const { header, matrix } = readNumericCsv(input);
  const targetColumn = header.indexOf(targetName);
  if (targetColumn < 0)
    throw new CliUsageError(`${input} has no column "${targetName}"; columns are ${header.join(', ')}`);
  if (header.length < 2)
    throw new CliUsageError(`${input} needs at least one feature column besides "${targetName}"`);
  const cols = matrix.cols - 1;
  const data = new Float64Array(matrix.rows * cols);
  const target = new Float64Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row++) {
    let column = 0;
    for (let source = 0; source < matrix.cols; source++) {
      const value = matrix.data[row * matrix.cols + source] ?? Number.NaN;
      if (source === targetColumn) target[row] = value;
      else data[row * cols + column++] = value;
    }
  }
  return {
    featureNames: header.filter((_, index) => index !== targetColumn),
    features: { data, rows: matrix.rows, cols },
    target,
  };
}

export function requiredString(
  options: Readonly<Record<string, string | boolean | undefined>>,
  name: string,
): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '') throw new CliUsageError(`--${name} is required`);
  return value;
}

export function numberOption(
  options: Readonly<Record<string, string | boolean | undefined>>,
  name: string,
  fallback: number,
): number {
  const value = options[name];
  if (value === undefined) return fallback;
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(parsed)) throw new CliUsageError(`--${name} must be a number, got ${String(value)}`);
  return parsed;
}

/** Reports model input errors (singular design, one class) as usage errors: a message, not a stack. */
export function asUsageError<T>(fit: () => T): T {
  try {
    return fit();
  } catch (error) {
    if (error instanceof PredictionInputError) throw new CliUsageError(error.message);
    throw error;
  }
}

export function namedCoefficients(names: readonly string[], values: Float64Array): Record<string, number> {
  return Object.fromEntries(names.map((name, index) => [name, values[index] ?? Number.NaN]));
}
