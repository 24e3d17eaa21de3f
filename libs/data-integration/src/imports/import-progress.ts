import type { RowProblem } from '../csv/csv-table';

export type RecordOutcome = 'imported' | 'existing' | 'rejected';

/** What an entity importer reports as it goes; the job runner counts it and stores it. */
export interface ImportProgress {
  /** A record (customer, product, order) is settled, taking `rows` rows of the file with it. */
  settled(outcome: RecordOutcome, rows: number): void;
  /** Rows refused, each with its reason, making up `records` records (default 1). */
  rejected(problems: readonly RowProblem[], records?: number): void;
  createdMissing(kind: 'customers' | 'products', count: number): void;
  /** Lets the runner write progress; resolves once it has, if it was due. */
  checkpoint(): Promise<void>;
}
