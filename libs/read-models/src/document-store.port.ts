/**
 * Read-model storage (design.md section 6). Every write is a conditional single-document write, so it
 * works without multi-document transactions (MongoDB, FerretDB) and replays are no-ops.
 */
export interface ReadModelDocument<T> {
  readonly id: string;
  readonly tenantId: string;
  /** Bumped on every write; the condition of the next write. */
  readonly revision: number;
  /** Last applied stream version per source stream: the per-document position guard. */
  readonly positions: Readonly<Record<string, number>>;
  readonly data: T;
}

export type FieldValue = string | number | boolean | null;

/** Equality on a data field (dotted path), membership in a set, or an array field containing a value. */
export type FieldCondition =
  FieldValue | { readonly in: readonly FieldValue[] } | { readonly has: FieldValue };

export interface FindQuery {
  readonly where?: Readonly<Record<string, FieldCondition>>;
  /** Case-insensitive substring match on any of the fields. */
  readonly search?: { readonly term: string; readonly fields: readonly string[] };
  /** Data field to order by (ties broken by id); defaults to id. */
  readonly orderBy?: string;
  readonly direction?: 'asc' | 'desc';
  readonly limit: number;
  /** Opaque cursor from a previous page's `nextCursor`; a malformed one throws InvalidCursorError. */
  readonly cursor?: string;
}

export interface Page<T> {
  readonly items: ReadModelDocument<T>[];
  readonly nextCursor: string | null;
}

export interface DocumentWrite<T> {
  readonly id: string;
  readonly tenantId: string;
  readonly positions: Readonly<Record<string, number>>;
  readonly data: T;
}

export interface DocumentCollection<T> {
  get(tenantId: string, id: string): Promise<ReadModelDocument<T> | null>;
  /**
   * Writes if the stored revision equals `expectedRevision` (0 = the document must not exist yet).
   * Returns false when another writer got there first; the caller re-reads and retries.
   */
  put(document: DocumentWrite<T>, expectedRevision: number): Promise<boolean>;
  /**
   * Creates, in one round trip, each document that does not exist yet (as `put` with revision 0 would);
   * returns, per document and in order, whether it was created. Existing ones are left untouched.
   */
  insertNew(documents: readonly DocumentWrite<T>[]): Promise<boolean[]>;
  find(tenantId: string, query: FindQuery): Promise<Page<T>>;
  /** Removes every document: the first step of a rebuild. */
  clear(): Promise<void>;
}

export interface DocumentStore {
  collection<T>(name: string): DocumentCollection<T>;
  close(): Promise<void>;
}

export const DOCUMENT_STORE = Symbol('DocumentStore');
