import type { CsvRow, RowProblem } from './csv-table';

/** A row refused while reading it: carries the problem to report. */
export class RowRejected extends Error {
  constructor(readonly problem: RowProblem) {
    super(problem.message);
    this.name = 'RowRejected';
  }
}

/** The cell, or undefined when the column is absent or the cell empty. */
export function optionalCell(row: CsvRow, column: string): string | undefined {
  const value = row.cells.get(column);
  return value === undefined || value === '' ? undefined : value;
}

export function requiredCell(row: CsvRow, column: string): string {
  const value = optionalCell(row, column);
  if (value === undefined)
    throw new RowRejected({ row: row.row, field: column, message: `${column} is required` });
  return value;
}

/** A cell that must be one of a fixed set of values. */
export function oneOf<T extends string>(row: CsvRow, column: string, allowed: readonly T[], fallback?: T): T {
  const value = fallback === undefined ? requiredCell(row, column) : (optionalCell(row, column) ?? fallback);
  const match = allowed.find((candidate) => candidate === value.toLowerCase());
  if (match === undefined) {
    const message = `${column} must be one of ${allowed.join(', ')}, got "${value}"`;
    throw new RowRejected({ row: row.row, field: column, message });
  }
  return match;
}

export function booleanCell(row: CsvRow, column: string, fallback: boolean): boolean {
  const value = optionalCell(row, column)?.toLowerCase();
  if (value === undefined) return fallback;
  if (value === 'true' || value === 'yes' || value === '1') return true;
  if (value === 'false' || value === 'no' || value === '0') return false;
  throw new RowRejected({
    row: row.row,
    field: column,
    message: `${column} must be true or false, got "${value}"`,
  });
}

/** A whole number, written with digits only. */
export function positiveIntegerCell(row: CsvRow, column: string): number {
  const value = requiredCell(row, column);
  const number = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number > 0)) {
    const message = `${column} must be a positive whole number, got "${value}"`;
    throw new RowRejected({ row: row.row, field: column, message });
  }
  return number;
}
