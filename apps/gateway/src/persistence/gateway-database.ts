import Database from 'better-sqlite3';
import { join } from 'node:path';

/** The gateway's own small SQLite file: users and idempotency records (not events, not read models). */
export function openGatewayDatabase(dataDir: string): Database.Database {
  const database = new Database(join(dataDir, 'gateway.db'));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.exec(`
    CREATE TABLE IF NOT EXISTS users (
      tenant_id TEXT NOT NULL, username TEXT NOT NULL, password_hash TEXT NOT NULL, roles TEXT NOT NULL,
      created_at TEXT NOT NULL, PRIMARY KEY (tenant_id, username));
    CREATE TABLE IF NOT EXISTS idempotency_records (
      tenant_id TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL, state TEXT NOT NULL,
      status INTEGER, headers TEXT, body TEXT, created_at INTEGER NOT NULL, PRIMARY KEY (tenant_id, key));
    CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
  `);
  return database;
}

export const GATEWAY_DATABASE = Symbol('GatewayDatabase');
