import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureTable {
  readonly header: string[];
  readonly columns: Map<string, Float64Array>;
  readonly rows: number;
}

export function fixturePath(name: string): string {
  return join(__dirname, name);
}

export function readFixtureJson(name: string): unknown {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8'));
}

export function readFixtureCsv(name: string): FixtureTable {
  const [headerLine = '', ...lines] = readFileSync(fixturePath(name), 'utf8').trim().split('\n');
  const header = headerLine.split(',');
  const cells = lines.map((line) => line.split(','));
  const columns = new Map(
    header.map((column, index) => [column, Float64Array.from(cells, (row) => Number(row[index]))] as const),
  );
  return { header, columns, rows: lines.length };
}

/** Row-major matrix of the named columns. */
export function featureMatrix(table: FixtureTable, names: readonly string[]) {
  const data = new Float64Array(table.rows * names.length);
  names.forEach((name, column) => {
    const values = table.columns.get(name);
    if (values === undefined) throw new Error(`fixture has no column ${name}`);
    values.forEach((value, row) => (data[row * names.length + column] = value));
  });
  return { data, rows: table.rows, cols: names.length };
}

/** Standardises columns with the population standard deviation, as scikit-learn's StandardScaler. */
export function standardised(matrix: { data: Float64Array; rows: number; cols: number }) {
  const { data, rows, cols } = matrix;
  const output = new Float64Array(data.length);
  for (let column = 0; column < cols; column++) {
    let mean = 0;
    for (let row = 0; row < rows; row++) mean += data[row * cols + column] ?? 0;
    mean /= rows;
    let variance = 0;
    for (let row = 0; row < rows; row++) variance += ((data[row * cols + column] ?? 0) - mean) ** 2;
    const deviation = Math.sqrt(variance / rows);
    for (let row = 0; row < rows; row++)
      output[row * cols + column] = ((data[row * cols + column] ?? 0) - mean) / deviation;
  }
  return { data: output, rows, cols };
}

export function selectRows(
  matrix: { data: Float64Array; rows: number; cols: number },
  indices: readonly number[],
) {
  const { cols } = matrix;
  const data = new Float64Array(indices.length * cols);
  indices.forEach((source, row) => {
    data.set(matrix.data.subarray(source * cols, (source + 1) * cols), row * cols);
  });
  return { data, rows: indices.length, cols };
}

/** Significant digits on which two numbers agree (LRE, as NIST StRD reports it). */
export function agreeingDigits(actual: number, expected: number): number {
  if (actual === expected) return 17;
  return -Math.log10(Math.abs(actual - expected) / Math.abs(expected));
}
