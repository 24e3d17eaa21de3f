import Database from 'better-sqlite3';

/** Opens (or reuses) a SQLite database with the pragmas the read-model tables expect. */
export function openReadModelDatabase(location: string | Database.Database): Database.Database {
  const database = typeof location === 'string' ? new Database(location) : location;
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  // SQLite's lower() folds ASCII only; search must be case-insensitive for every script.
  database.function('crm_lower', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.toLowerCase() : null,
  );
  database.exec(`
    CREATE TABLE IF NOT EXISTS read_model_documents (
      collection TEXT NOT NULL,
      tenant_id TEXT NOT NULL,
      id TEXT NOT NULL,
      revision INTEGER NOT NULL,
      positions TEXT NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (collection, tenant_id, id)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS read_model_checkpoints (
      name TEXT PRIMARY KEY,
      position INTEGER NOT NULL
    );
  `);
  return database;
}
