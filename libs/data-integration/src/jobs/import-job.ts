export const IMPORT_ENTITIES = ['customers', 'products', 'orders'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

/** running until every row is settled; interrupted when its process stopped before that (re-run it). */
export type ImportJobStatus = 'running' | 'completed' | 'failed' | 'interrupted';

export interface ImportCounts {
  readonly imported: number;
  /** Already there: imported by an earlier run of the file, or registered through the API. */
  readonly existing: number;
  readonly rejected: number;
}

/** A bulk import as `GET /jobs/{id}` shows it (without its rejected rows, which are paged apart). */
export interface ImportJob {
  readonly id: string;
  readonly entity: ImportEntity;
  readonly createMissing: boolean;
  readonly status: ImportJobStatus;
  /** Data rows of the file, and how far the job got. */
  readonly rows: ImportCounts & { readonly total: number; readonly processed: number };
  /** Customers, products or orders (an order is its rows together). */
  readonly records: ImportCounts;
  /** Minimal customers and products created for unknown references (createMissing). */
  readonly created: { readonly customers: number; readonly products: number };
  readonly createdBy: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** Refreshed while the job runs: a running job not heard of for a while has lost its process. */
  readonly heartbeatAt: string;
  /** Why a failed job stopped; rows settled before that stay imported. */
  readonly failure: string | null;
}

export const NO_COUNTS: ImportCounts = { imported: 0, existing: 0, rejected: 0 };
