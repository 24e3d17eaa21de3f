import type { mongo } from 'mongoose';
import type {
  DocumentCollection,
  DocumentWrite,
  FindQuery,
  Page,
  ReadModelDocument,
} from '../document-store.port';
import { assertPageSize } from '../query/field-path';
import { decodeCursor, encodeCursor } from '../query/page-cursor';
import type { DocumentWriteLock } from './document-write-lock';
import { isDuplicateKeyError } from './mongo-errors';
import { afterCursor, findClauses, findSort, sortValue, storedField } from './mongo-find-filter';

// Positions are stored as pairs: stream ids contain dots and `$all` starts with `$`, and FerretDB
// (like older MongoDB) refuses such field names.
interface StoredPosition {
  stream: string;
  version: number;
}

interface StoredDocument {
  _id: string;
  tenantId: string;
  id: string;
  revision: number;
  positions: StoredPosition[];
  data: unknown;
}

/** One read-model collection as one MongoDB collection. */
export class MongoDocumentCollection<T> implements DocumentCollection<T> {
  private readonly indexes = new Map<string, Promise<void>>();

  constructor(
    private readonly documents: mongo.Collection<StoredDocument>,
    private readonly name: string,
    private readonly lock: DocumentWriteLock | null,
  ) {}

  async get(tenantId: string, id: string): Promise<ReadModelDocument<T> | null> {
    const stored = await this.documents.findOne({ _id: documentKey(tenantId, id) });
    return stored ? toDocument<T>(stored) : null;
  }

  async put(document: DocumentWrite<T>, expectedRevision: number): Promise<boolean> {
    await this.ensureIndex('id');
    const _id = documentKey(document.tenantId, document.id);
    const fields = { positions: toStoredPositions(document.positions), data: document.data };
    if (expectedRevision === 0) {
      try {
        await this.documents.insertOne({
          _id,
          tenantId: document.tenantId,
          id: document.id,
          revision: 1,
          ...fields,
        });
        return true;
      } catch (error) {
        if (isDuplicateKeyError(error)) return false;
        throw error;
      }
    }
    const update = async () => {
      const result = await this.documents.updateOne(
        { _id, revision: expectedRevision },
        { $set: { revision: expectedRevision + 1, ...fields } },
      );
      return result.matchedCount === 1;
    };
    return this.lock ? this.lock.holding(`${this.name}:${_id}`, update) : update();
  }

  async insertNew(documents: readonly DocumentWrite<T>[]): Promise<boolean[]> {
    if (documents.length === 0) return [];
    await this.ensureIndex('id');
    const stored = documents.map((document) => ({
      _id: documentKey(document.tenantId, document.id),
      tenantId: document.tenantId,
      id: document.id,
      revision: 1,
      positions: toStoredPositions(document.positions),
      data: document.data,
    }));
    const inserted = documents.map(() => true);
    try {
      await this.documents.insertMany(stored, { ordered: false });
    } catch (error) {
      // Unordered: every document was tried; the ones that already existed are reported by index.
      const failures = writeErrorsOf(error);
      if (!failures || failures.some((failure) => failure.code !== DUPLICATE_KEY)) throw error;
      for (const failure of failures) inserted[failure.index] = false;
    }
    return inserted;
  }

  async find(tenantId: string, query: FindQuery): Promise<Page<T>> {
    const limit = assertPageSize(query.limit);
    const orderBy = query.orderBy ?? 'id';
    const direction = query.direction ?? 'asc';
    const sort = findSort(orderBy, direction);
    const clauses = findClauses(tenantId, query);
    if (query.cursor !== undefined) clauses.push(afterCursor(decodeCursor(query.cursor, orderBy, direction)));
    await this.ensureIndex(orderBy);
    const stored = await this.documents.find({ $and: clauses }, { sort, limit: limit + 1 }).toArray();
    const page = stored.slice(0, limit);
    const last = page.at(-1);
    const nextCursor =
      stored.length > limit && last
        ? encodeCursor({ orderBy, direction, value: sortValue(orderBy, last.id, last.data), id: last.id })
        : null;
    return { items: page.map((document) => toDocument<T>(document)), nextCursor };
  }

  async clear(): Promise<void> {
    await this.documents.deleteMany({});
  }

  // Created on first use of each sort: tenant, sort field, id (the keyset the pages walk).
  private ensureIndex(orderBy: string): Promise<void> {
    let created = this.indexes.get(orderBy);
    if (!created) {
      const keys: Record<string, 1> = { tenantId: 1, [storedField(orderBy)]: 1, id: 1 };
      created = this.documents.createIndex(keys, undefined, undefined).then(
        () => undefined,
        // An index only speeds queries up: a failure (e.g. a concurrent creation) is retried on next use.
        () => {
          this.indexes.delete(orderBy);
        },
      );
      this.indexes.set(orderBy, created);
    }
    return created;
  }
}

// `:` and `%` in the tenant are escaped so that distinct (tenant, id) pairs never share an `_id`.
function documentKey(tenantId: string, id: string): string {
  return `${tenantId.replace(/%/g, '%25').replace(/:/g, '%3A')}:${id}`;
}

function toStoredPositions(positions: Readonly<Record<string, number>>): StoredPosition[] {
  return Object.entries(positions).map(([stream, version]) => ({ stream, version }));
}

function toDocument<T>(stored: StoredDocument): ReadModelDocument<T> {
  return {
    id: stored.id,
    tenantId: stored.tenantId,
    revision: stored.revision,
    positions: Object.fromEntries(stored.positions.map((position) => [position.stream, position.version])),
    data: stored.data as T,
  };
}

const DUPLICATE_KEY = 11000;

function writeErrorsOf(error: unknown): { index: number; code: number }[] | undefined {
  if (typeof error !== 'object' || error === null || !('writeErrors' in error)) return undefined;
  const writeErrors = error.writeErrors;
  const list: unknown[] = Array.isArray(writeErrors) ? writeErrors : [writeErrors];
  return list.map((entry) => {
    const { index, code } = entry as { index?: unknown; code?: unknown };
    return { index: Number(index), code: Number(code) };
  });
}
