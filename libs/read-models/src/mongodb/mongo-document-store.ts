import type { Connection, mongo } from 'mongoose';
import type { DocumentCollection, DocumentStore } from '../document-store.port';
import { DocumentWriteLock, type DocumentWriteLockOptions } from './document-write-lock';
import { MongoDocumentCollection } from './mongo-document-collection';
import { openMongoConnection, runsOnFerretDb, type MongoConnectionOptions } from './mongo-connection';

export interface MongoDocumentStoreOptions extends MongoConnectionOptions {
  /**
   * Serialise conditional updates of one document with a lock document. Needed on FerretDB 1.x, whose
   * `updateOne` is a read then an unconditional write; real MongoDB does not need it.
   * Default: detected from the server (`buildInfo` of FerretDB carries `ferretdbVersion`).
   */
  readonly serializeUpdates?: boolean;
  readonly lock?: DocumentWriteLockOptions;
}

const LOCK_COLLECTION = 'read_model_write_locks';

/**
 * Read models in MongoDB (or FerretDB) through the native driver of a mongoose connection: one MongoDB
 * collection per read-model collection, `_id` = `${tenantId}:${id}`, conditional single-document writes
 * and no transactions or change streams, so FerretDB works as well as MongoDB.
 */
export class MongoDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, MongoDocumentCollection<unknown>>();

  private constructor(
    private readonly connection: Connection,
    private readonly database: mongo.Db,
    private readonly lock: DocumentWriteLock | null,
    private readonly ownsConnection: boolean,
  ) {}

  /** Opens its own connection (closed by `close`). */
  static async connect(url: string, options: MongoDocumentStoreOptions = {}): Promise<MongoDocumentStore> {
    const connection = await openMongoConnection(url, options);
    try {
      return await MongoDocumentStore.create(connection, options, true);
    } catch (error) {
      await connection.close();
      throw error;
    }
  }

  /** Uses a connection the caller owns and closes. */
  static async fromConnection(
    connection: Connection,
    options: Omit<MongoDocumentStoreOptions, keyof MongoConnectionOptions> = {},
  ): Promise<MongoDocumentStore> {
    return MongoDocumentStore.create(connection, options, false);
  }

  private static async create(
    connection: Connection,
    options: MongoDocumentStoreOptions,
    ownsConnection: boolean,
  ): Promise<MongoDocumentStore> {
    const database = connection.db;
    if (!database) throw new Error('The mongoose connection is not open');
    const serialize = options.serializeUpdates ?? (await runsOnFerretDb(database));
    const lock = serialize ? new DocumentWriteLock(database.collection(LOCK_COLLECTION), options.lock) : null;
    return new MongoDocumentStore(connection, database, lock, ownsConnection);
  }

  collection<T>(name: string): DocumentCollection<T> {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new MongoDocumentCollection<unknown>(this.database.collection(name), name, this.lock);
      this.collections.set(name, collection);
    }
    return collection as DocumentCollection<T>;
  }

  async close(): Promise<void> {
    if (this.ownsConnection) await this.connection.close();
  }
}
