import type Database from 'better-sqlite3';
import type { CheckpointStore } from '../checkpoint-store.port';
import { openReadModelDatabase } from './sqlite-database';

/** Checkpoints in the same SQLite file as the read models (its own connection, WAL lets both write). */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly database: Database.Database;
  private readonly select: Database.Statement<[string], { position: bigint }>;
  private readonly upsert: Database.Statement<[string, bigint]>;

  constructor(location: string | Database.Database) {
    this.database = openReadModelDatabase(location);
    this.select = this.database.prepare<[string], { position: bigint }>(
      'SELECT position FROM read_model_checkpoints WHERE name = ?',
    );
    this.select.safeIntegers(true);
    this.upsert = this.database.prepare(
      `INSERT INTO read_model_checkpoints (name, position) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position`,
    );
  }

  load(name: string): Promise<bigint> {
    return Promise.resolve(this.select.get(name)?.position ?? 0n);
  }

  save(name: string, position: bigint): Promise<void> {
    this.upsert.run(name, position);
    return Promise.resolve();
  }

  close(): Promise<void> {
    if (this.database.open) this.database.close();
    return Promise.resolve();
  }
}
