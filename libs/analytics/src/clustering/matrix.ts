/** A dense row-major matrix of `rows` × `cols` doubles: cell (row, column) is `data[row * cols + column]`. */
export interface Matrix {
  readonly data: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

/** Copies an array of equal-length rows into a Matrix. */
export function matrixFromRows(rows: readonly (readonly number[])[]): Matrix {
  const cols = rows[0]?.length ?? 0;
  const data = new Float64Array(rows.length * cols);
  rows.forEach((row, index) => {
    if (row.length !== cols) throw new RangeError(`row ${index} has ${row.length} values, expected ${cols}`);
    data.set(row, index * cols);
  });
  return { data, rows: rows.length, cols };
}

/** The rows of a Matrix as plain arrays (for JSON output and tests). */
export function matrixToRows(matrix: Matrix): number[][] {
  const result: number[][] = [];
  for (let row = 0; row < matrix.rows; row++) {
    result.push(Array.from(matrix.data.subarray(row * matrix.cols, (row + 1) * matrix.cols)));
  }
  return result;
}
