import { describeIdempotencyRecordsContract } from '@crm/http';
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGatewayDatabase } from '../persistence/gateway-database';
import { SqliteIdempotencyRecords } from './sqlite-idempotency-records';

const opened: { dir: string; database: Database.Database }[] = [];

afterEach(() => {
  for (const { dir, database } of opened.splice(0)) {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

describeIdempotencyRecordsContract('SqliteIdempotencyRecords', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-idempotency-'));
  const database = openGatewayDatabase(dir);
  opened.push({ dir, database });
  return new SqliteIdempotencyRecords(database);
});
