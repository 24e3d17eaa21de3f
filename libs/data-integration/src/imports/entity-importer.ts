import type { CommandRequest } from '@crm/customer';
import type { ColumnSpec } from '../csv/csv-columns';
import { RowRejected } from '../csv/row-cells';
import { forEachConcurrently } from './concurrently';
import { problemOfDomainError } from './domain-problem';
import type { CsvRow } from '../csv/csv-table';
import type { ImportProgress } from './import-progress';

export interface ImportOptions {
  /** Orders: create minimal customers and products for references nothing matches. */
  readonly createMissing: boolean;
}

/** Imports the rows of one entity's file, reporting every row's fate to `progress`. */
export interface EntityImporter {
  readonly columns: ColumnSpec;
  importRows(
    rows: readonly CsvRow[],
    options: ImportOptions,
    request: CommandRequest,
    progress: ImportProgress,
  ): Promise<void>;
}

/** Commands in flight at once: the embedded store commits concurrent appends in one transaction. */
export const IMPORT_CONCURRENCY = 64;
/** Rows read and looked up together. */
export const IMPORT_CHUNK = 500;

/** Each row read by `read`; a row it refuses is reported to `progress` and left out. */
export function readEach<T>(
  rows: readonly CsvRow[],
  read: (row: CsvRow) => T,
  progress: ImportProgress,
): { readonly row: number; readonly input: T }[] {
  return rows.flatMap((row) => {
    try {
      return [{ row: row.row, input: read(row) }];
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
      progress.rejected([error.problem]);
      return [];
    }
  });
}

/** How an entity whose records are one row each goes in. */
export interface RowByRow<T> {
  read(row: CsvRow): T;
  /** Once per chunk, before its rows: e.g. which of them exist already (skipped as existing). */
  existingAmong?(inputs: readonly T[]): Promise<(input: T) => boolean>;
  importOne(input: T): Promise<'imported' | 'existing'>;
  /** The file's column of a field the domain names. */
  columnOf(field: string): string;
}

/** Imports one record per row, a chunk at a time, up to IMPORT_CONCURRENCY commands in flight. */
export async function importRowByRow<T>(
  rows: readonly CsvRow[],
  steps: RowByRow<T>,
  progress: ImportProgress,
): Promise<void> {
  for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
    const parsed = readEach(rows.slice(start, start + IMPORT_CHUNK), (row) => steps.read(row), progress);
    const exists = (await steps.existingAmong?.(parsed.map(({ input }) => input))) ?? (() => false);
    await forEachConcurrently(parsed, IMPORT_CONCURRENCY, async ({ row, input }) => {
      if (exists(input)) {
        progress.settled('existing', 1);
        return;
      }
      try {
        progress.settled(await steps.importOne(input), 1);
      } catch (error) {
        const problem = problemOfDomainError(error, row, (field) => ({ row, column: steps.columnOf(field) }));
        progress.rejected([problem]);
      }
    });
    await progress.checkpoint();
  }
}
