import type Database from 'better-sqlite3';
import type {
  DocumentCollection,
  DocumentStore,
  DocumentWrite,
  FieldValue,
  FindQuery,
  Page,
  ReadModelDocument,
} from '../document-store.port';
import { assertPageSize } from '../query/field-path';
import { decodeCursor, encodeCursor } from '../query/page-cursor';
import { DocumentRowCache, type StoredDocumentRow } from './document-row-cache';
import { openReadModelDatabase } from './sqlite-database';
import { afterCursor, sortExpression, whereClauses, type SqlFragment } from './sqlite-find-query';

interface DocumentRow {
  readonly id: string;
  readonly tenant_id: string;
  readonly revision: number;
  readonly positions: string;
  readonly data: string;
  readonly sort_value?: FieldValue;
}

/**
 * The embedded (standalone) read-model store: one SQLite table keyed by (collection, tenant, id), data as
 * JSON queried with json_extract. Pass a file path, ':memory:', or an open better-sqlite3 database.
 */
export interface SqliteDocumentStoreOptions {
  /**
   * Keep the stored rows of up to this many documents in memory (read-through and write-through).
   * Only for a store that is its file's only writer, as in standalone mode: it does not see writes by
   * another process. Default 0: off.
   */
  readonly cachedDocuments?: number;
}

export class SqliteDocumentStore implements DocumentStore {
  private readonly database: Database.Database;
  private readonly cache: DocumentRowCache | null;
  /** One collection (and its prepared statements) per name: preparing costs more than most writes. */
  private readonly collections = new Map<string, SqliteDocumentCollection<unknown>>();

  constructor(location: string | Database.Database, options: SqliteDocumentStoreOptions = {}) {
    this.database = openReadModelDatabase(location);
    const capacity = options.cachedDocuments ?? 0;
    this.cache = capacity > 0 ? new DocumentRowCache(capacity) : null;
  }

  collection<T>(name: string): DocumentCollection<T> {
    let collection = this.collections.get(name);
    if (collection === undefined) {
      collection = new SqliteDocumentCollection<unknown>(this.database, name, this.cache);
      this.collections.set(name, collection);
    }
    return collection as DocumentCollection<T>;
  }

  close(): Promise<void> {
    if (this.database.open) this.database.close();
    return Promise.resolve();
  }
}

class SqliteDocumentCollection<T> implements DocumentCollection<T> {
  private readonly selectOne: Database.Statement<[string, string, string], DocumentRow>;
  private readonly insert: Database.Statement<[string, string, string, string, string]>;
  private readonly update: Database.Statement<[number, string, string, string, string, string, number]>;

  constructor(
    private readonly database: Database.Database,
    private readonly name: string,
    private readonly cache: DocumentRowCache | null,
  ) {
    this.selectOne = database.prepare(
      'SELECT id, tenant_id, revision, positions, data FROM read_model_documents WHERE collection = ? AND tenant_id = ? AND id = ?',
    );
    this.insert = database.prepare(
      `INSERT INTO read_model_documents (collection, tenant_id, id, revision, positions, data)
       VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.update = database.prepare(
      `UPDATE read_model_documents SET revision = ?, positions = ?, data = ?
       WHERE collection = ? AND tenant_id = ? AND id = ? AND revision = ?`,
    );
  }

  get(tenantId: string, id: string): Promise<ReadModelDocument<T> | null> {
    return settle(() => {
      const cached = this.cache?.get(this.name, tenantId, id);
      if (cached !== undefined) return cached === null ? null : toDocument<T>(cached);
      const row = this.selectOne.get(this.name, tenantId, id);
      if (!row) {
        this.cache?.rememberAbsent(this.name, tenantId, id);
        return null;
      }
      this.cache?.remember(this.name, row);
      return toDocument<T>(row);
    });
  }

  put(document: DocumentWrite<T>, expectedRevision: number): Promise<boolean> {
    return settle(() => {
      const written = this.write(document, expectedRevision);
      // Autocommit: the write is committed here, so the cache may follow it.
      if (written) this.cache?.remember(this.name, written);
      else this.cache?.forget(this.name, document.tenantId, document.id);
      return written !== null;
    });
  }

  insertNew(documents: readonly DocumentWrite<T>[]): Promise<boolean[]> {
    return settle(() => {
      const written = this.database.transaction(() => documents.map((document) => this.write(document, 0)))();
      // After the commit: a rolled-back batch leaves the cache as it was.
      for (const row of written) if (row) this.cache?.remember(this.name, row);
      return written.map((row) => row !== null);
    });
  }

  find(tenantId: string, query: FindQuery): Promise<Page<T>> {
    return settle(() => this.select(tenantId, query));
  }

  clear(): Promise<void> {
    return settle(() => {
      this.database.prepare('DELETE FROM read_model_documents WHERE collection = ?').run(this.name);
      this.cache?.forgetCollection(this.name);
    });
  }

  // The row as now stored, or null when the conditional write lost.
  private write(document: DocumentWrite<T>, expectedRevision: number): StoredDocumentRow | null {
    const positions = JSON.stringify(document.positions);
    const data = JSON.stringify(document.data);
    const result =
      expectedRevision === 0
        ? this.insert.run(this.name, document.tenantId, document.id, positions, data)
        : this.update.run(
            expectedRevision + 1,
            positions,
            data,
            this.name,
            document.tenantId,
            document.id,
            expectedRevision,
          );
    if (result.changes !== 1) return null;
    const { id, tenantId: tenant_id } = document;
    return { id, tenant_id, revision: expectedRevision + 1, positions, data };
  }

  private select(tenantId: string, query: FindQuery): Page<T> {
    const limit = assertPageSize(query.limit);
    const orderBy = query.orderBy ?? 'id';
    const direction = query.direction ?? 'asc';
    const sort = sortExpression(orderBy);
    const conditions: SqlFragment[] = [
      { sql: 'collection = ? AND tenant_id = ?', parameters: [this.name, tenantId] },
      ...whereClauses(query),
    ];
    if (query.cursor !== undefined)
      conditions.push(afterCursor(sort, decodeCursor(query.cursor, orderBy, direction)));
    const order = direction === 'asc' ? 'ASC' : 'DESC';
    const sql = `SELECT id, tenant_id, revision, positions, data, ${sort.sql} AS sort_value
      FROM read_model_documents WHERE ${conditions.map((condition) => condition.sql).join(' AND ')}
      ORDER BY sort_value ${order}, id ${order} LIMIT ?`;
    const parameters = [
      ...sort.parameters,
      ...conditions.flatMap((condition) => condition.parameters),
      limit + 1,
    ];
    const rows = this.database.prepare<unknown[], DocumentRow>(sql).all(...parameters);
    const pageRows = rows.slice(0, limit);
    const last = pageRows.at(-1);
    const nextCursor =
      rows.length > limit && last
        ? encodeCursor({ orderBy, direction, value: last.sort_value ?? null, id: last.id })
        : null;
    return { items: pageRows.map((row) => toDocument<T>(row)), nextCursor };
  }
}

// better-sqlite3 is synchronous: turn its throws into rejections, as the async port promises.
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function toDocument<T>(row: DocumentRow): ReadModelDocument<T> {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    revision: row.revision,
    positions: JSON.parse(row.positions) as Record<string, number>,
    data: JSON.parse(row.data) as T,
  };
}
