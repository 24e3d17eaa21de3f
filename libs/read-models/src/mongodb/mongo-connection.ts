import { createConnection, type Connection, type mongo } from 'mongoose';

export interface MongoConnectionOptions {
  /** Database name; overrides the one in the URL (tests use a fresh one per run). */
  readonly database?: string;
  readonly serverSelectionTimeoutMS?: number;
}

/** A mongoose connection used only for its native driver: no models, no command buffering. */
export function openMongoConnection(url: string, options: MongoConnectionOptions = {}): Promise<Connection> {
  return createConnection(url, {
    dbName: options.database,
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
    bufferCommands: false,
    autoIndex: false,
    autoCreate: false,
  }).asPromise();
}

/** FerretDB answers `buildInfo` with its own version next to the MongoDB version it emulates. */
export async function runsOnFerretDb(database: mongo.Db): Promise<boolean> {
  const info = await database.admin().command({ buildInfo: 1 });
  return 'ferretdbVersion' in info || 'ferretdbFeatures' in info;
}
