import { ClusteringError } from './clustering-error';
import type { Matrix } from './matrix';

export function assertUsableMatrix(data: Matrix, what = 'data'): void {
  if (data.rows === 0 || data.cols === 0) {
    throw new ClusteringError('EMPTY_INPUT', `${what} is empty (${data.rows} rows × ${data.cols} columns)`);
  }
  if (data.data.length !== data.rows * data.cols) {
    throw new ClusteringError(
      'SHAPE_MISMATCH',
      `${what} holds ${data.data.length} values, but ${data.rows} × ${data.cols} were declared`,
    );
  }
  const values = data.data;
  for (let index = 0; index < values.length; index++) {
    if (!Number.isFinite(values[index])) {
      const row = Math.floor(index / data.cols);
      const column = index % data.cols;
      throw new ClusteringError(
        'NON_FINITE_VALUE',
        `${what} has a non-finite value at row ${row}, column ${column}`,
      );
    }
  }
}

export function assertIntegerAtLeast(name: string, value: number, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new ClusteringError('INVALID_PARAMETER', `${name} must be an integer >= ${minimum}, got ${value}`);
  }
}

export function assertPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ClusteringError('INVALID_PARAMETER', `${name} must be a finite number > 0, got ${value}`);
  }
}

export function assertSameWidth(data: Matrix, centres: Matrix): void {
  if (data.cols !== centres.cols) {
    throw new ClusteringError(
      'SHAPE_MISMATCH',
      `data has ${data.cols} columns but the centres have ${centres.cols}`,
    );
  }
}
