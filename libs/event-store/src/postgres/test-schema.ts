import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A schema name no other suite run uses: suites share one server and run in parallel workers. */
export function uniqueSchemaName(prefix = 'crm_event_store_test'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Runs one statement on a connection of its own, e.g. to drop a test schema. */
export async function runOnce(connectionString: string, sql: string, values: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}
