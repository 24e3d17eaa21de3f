import { DomainError, type FieldProblem } from '@crm/core';
import { CsvError, parse } from 'csv-parse/sync';

/** One data row of a CSV file: its row number as a spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  readonly row: number;
  /** Column name to the trimmed cell; an empty cell is ''. */
  readonly cells: ReadonlyMap<string, string>;
}

/** A row the import refuses, and why: what `GET /jobs/{id}` reports. */
export interface RowProblem {
  readonly row: number;
  readonly field?: string;
  readonly message: string;
  /** The stable code of the business rule the row broke, when the domain refused it. */
  readonly code?: string;
}

export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
  /** Rows whose cell count differs from the header's, refused before any import. */
  readonly malformed: readonly RowProblem[];
}

/** What is wrong with a file as a whole (a 400): nothing in it is imported, no job is started. */
export class CsvFileError extends DomainError {
  constructor(message: string, problems: readonly FieldProblem[] = []) {
    super('IMPORT.INVALID_FILE', 'validation', message, problems);
    this.name = 'CsvFileError';
  }
}

/**
 * Parses a CSV file with a header row (RFC 4180 quoting, a UTF-8 BOM allowed, blank lines skipped).
 * A syntax error that leaves the rest unreadable (an unclosed quote) fails the file; a row with the
 * wrong number of cells is refused on its own.
 */
export function parseCsvTable(text: string): CsvTable {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    if (error instanceof CsvError) throw new CsvFileError(`The file is not valid CSV: ${error.message}`);
    throw error;
  }
  const [header, ...data] = records;
  if (header === undefined) throw new CsvFileError('The file is empty: it needs a header row');
  const columns = header.map((name) => name.trim());
  const rows: CsvRow[] = [];
  const malformed: RowProblem[] = [];
  data.forEach((record, index) => {
    const row = index + 2;
    if (record.length !== columns.length) {
      const message = `Row has ${record.length} cells, the header ${columns.length}`;
      malformed.push({ row, message });
      return;
    }
    rows.push({ row, cells: new Map(columns.map((name, column) => [name, record[column] ?? ''])) });
  });
  return { columns, rows, malformed };
}
