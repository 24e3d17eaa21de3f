/** A dense row-major matrix: cell (row, column) is `data[row * cols + column]`. */
export interface NumericMatrix {
  readonly data: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

/** Copies one column of a row-major matrix. */
export function matrixColumn(matrix: NumericMatrix, column: number): Float64Array {
  if (!Number.isInteger(column) || column < 0 || column >= matrix.cols) {
    throw new RangeError(`column ${column} is outside 0..${matrix.cols - 1}`);
  }
  const values = new Float64Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row++) values[row] = matrix.data[row * matrix.cols + column] as number;
  return values;
}

/** Every column of a row-major matrix, as separate arrays. */
export function matrixColumns(matrix: NumericMatrix): Float64Array[] {
  return Array.from({ length: matrix.cols }, (_, column) => matrixColumn(matrix, column));
}

/** Builds a row-major matrix from column arrays of equal length. */
export function matrixFromColumns(columns: readonly Float64Array[]): NumericMatrix {
  const cols = columns.length;
  const rows = columns[0]?.length ?? 0;
  const data = new Float64Array(rows * cols);
  columns.forEach((values, column) => {
    if (values.length !== rows)
      throw new RangeError(`column ${column} has ${values.length} rows, expected ${rows}`);
    for (let row = 0; row < rows; row++) data[row * cols + column] = values[row] as number;
  });
  return { data, rows, cols };
}
