import { type NumericMatrix } from '../descriptive/numeric-matrix';
import { quantileOfSorted } from '../descriptive/quantiles';

/** Converts a column that marks missing entries with null or undefined into NaN-marked numbers. */
export function withMissingAsNaN(values: readonly (number | null | undefined)[]): Float64Array {
  return Float64Array.from(values, (value) => value ?? Number.NaN);
}

/** Removes every row that has a NaN in any column; `keptRows` maps result rows to source rows. */
export function dropMissingRows(matrix: NumericMatrix): { matrix: NumericMatrix; keptRows: Uint32Array } {
  const { data, rows, cols } = matrix;
  const kept: number[] = [];
  for (let row = 0; row < rows; row++) {
    let complete = true;
    for (let column = 0; column < cols && complete; column++) {
      complete = !Number.isNaN(data[row * cols + column]);
    }
    if (complete) kept.push(row);
  }
  const result = new Float64Array(kept.length * cols);
  kept.forEach((source, target) => {
    result.set(data.subarray(source * cols, source * cols + cols), target * cols);
  });
  return { matrix: { data: result, rows: kept.length, cols }, keptRows: Uint32Array.from(kept) };
}

export type ImputeStrategy =
  | { readonly kind: 'mean' }
  | { readonly kind: 'median' }
  | { readonly kind: 'constant'; readonly value: number };

/**
 * Replaces NaN with a per-column fill value learned by `fit` (mean or type 7 median of the present
 * values, or a constant), so a training set's fill values can be applied to new data unchanged.
 */
export class MissingValueImputer {
  private fills: Float64Array | null = null;

  constructor(private readonly strategy: ImputeStrategy = { kind: 'mean' }) {}

  /** The fill value of each column, once fitted. */
  get fillValues(): Float64Array {
    if (this.fills === null) throw new RangeError('MissingValueImputer is not fitted: call fit first');
    return this.fills;
  }

  fit(matrix: NumericMatrix): this {
    const fills = new Float64Array(matrix.cols);
    for (let column = 0; column < matrix.cols; column++) fills[column] = this.fillFor(matrix, column);
    this.fills = fills;
    return this;
  }

  transform(matrix: NumericMatrix): NumericMatrix {
    const fills = this.fillValues;
    if (matrix.cols !== fills.length) {
      throw new RangeError(`imputer was fitted on ${fills.length} columns, got ${matrix.cols}`);
    }
    const data = Float64Array.from(matrix.data);
    for (let index = 0; index < data.length; index++) {
      if (Number.isNaN(data[index])) data[index] = fills[index % matrix.cols] as number;
    }
    return { data, rows: matrix.rows, cols: matrix.cols };
  }

  fitTransform(matrix: NumericMatrix): NumericMatrix {
    return this.fit(matrix).transform(matrix);
  }

  private fillFor(matrix: NumericMatrix, column: number): number {
    if (this.strategy.kind === 'constant') return this.strategy.value;
    const present: number[] = [];
    for (let row = 0; row < matrix.rows; row++) {
      const value = matrix.data[row * matrix.cols + column] as number;
      if (Number.isNaN(value)) continue;
      if (!Number.isFinite(value)) throw new RangeError(`column ${column} contains ${value} at row ${row}`);
      present.push(value);
    }
    if (present.length === 0) {
      throw new RangeError(`column ${column} has no values to take a ${this.strategy.kind} from`);
    }
    const sorted = Float64Array.from(present).sort();
    if (this.strategy.kind === 'median') return quantileOfSorted(sorted, 0.5);
    let sum = 0;
    for (const value of sorted) sum += value;
    return sum / sorted.length;
  }
}
