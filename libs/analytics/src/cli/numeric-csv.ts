import { readFileSync } from 'node:fs';
import { type Options as CsvOptions } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { type NumericMatrix } from '../descriptive/numeric-matrix';
import { CliUsageError } from './cli-command';

export type { NumericMatrix };

export interface NumericCsv {
  readonly header: string[];
  readonly matrix: NumericMatrix;
}

export interface ReadNumericCsvOptions {
  /** Keep only these columns, in this order (names from the header row). */
  readonly columns?: readonly string[];
}

/**
 * Reads a CSV whose first row is a header and whose every other cell is a finite number.
 * Empty files, header-only files, ragged rows, unknown columns and non-numeric cells raise
 * CliUsageError naming the line and column, so the CLI prints a clean message.
 */
export function readNumericCsv(path: string, options: ReadNumericCsvOptions = {}): NumericCsv {
  const records = parseRecords(readText(path), path);
  const [fileHeader, ...body] = records;
  if (fileHeader === undefined) throw new CliUsageError(`${path} is empty: a header row is required`);
  if (body.length === 0) throw new CliUsageError(`${path} has a header row but no data rows`);
  const selected = selectColumns(fileHeader, options.columns, path);
  const cols = selected.length;
  const data = new Float64Array(body.length * cols);
  body.forEach((record, row) => {
    selected.forEach((sourceColumn, column) => {
      const cell = record[sourceColumn] ?? '';
      const value = cell === '' ? Number.NaN : Number(cell);
      if (!Number.isFinite(value)) {
        const name = fileHeader[sourceColumn] ?? String(sourceColumn + 1);
        const shown = cell === '' ? 'an empty cell' : `non-numeric value ${JSON.stringify(cell)}`;
        // Line numbers count the header as line 1, as an editor shows them.
        throw new CliUsageError(
          `${path}: ${shown} at line ${row + 2} (data row ${row + 1}), column "${name}"`,
        );
      }
      data[row * cols + column] = value;
    });
  });
  return {
    header: selected.map((index) => fileHeader[index] ?? ''),
    matrix: { data, rows: body.length, cols },
  };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    // Duck-typed: errors from node:fs may come from another realm (Jest), failing instanceof Error.
    const code: unknown =
      typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    const reason = typeof code === 'string' ? code : 'unreadable';
    throw new CliUsageError(`cannot read ${path} (${reason})`);
  }
}

// Typed as plain Options so the overload returning string[][] is chosen.
const csvOptions: CsvOptions = { bom: true, trim: true, skip_empty_lines: true };

function parseRecords(text: string, path: string): string[][] {
  try {
    return parse(text, csvOptions);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliUsageError(`${path} is not valid CSV: ${reason}`);
  }
}

function selectColumns(
  header: readonly string[],
  wanted: readonly string[] | undefined,
  path: string,
): number[] {
  if (wanted === undefined || wanted.length === 0) return header.map((_, index) => index);
  return wanted.map((name) => {
    const index = header.indexOf(name);
    if (index < 0) {
      throw new CliUsageError(`${path} has no column "${name}"; columns are ${header.join(', ')}`);
    }
    return index;
  });
}
