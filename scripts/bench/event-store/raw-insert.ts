import type { NewEvent } from '@crm/contracts';
import type { Pool } from 'pg';

// The ceiling: one plain INSERT per event into a table with the columns and constraints of our events
// table (libs/event-store/src/postgres/events-schema.ts), without the expected-version check on a
// streams row, the duplicate-id filter or the NOTIFY.
const rawEventsDdl = `
  CREATE SCHEMA IF NOT EXISTS bench_raw;
  CREATE TABLE IF NOT EXISTS bench_raw.events (
    global_position bigserial PRIMARY KEY,
    log_position bigint NOT NULL UNIQUE,
    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    id uuid NOT NULL UNIQUE,
    stream_id text NOT NULL,
    stream_version integer NOT NULL,
    type text NOT NULL,
    schema_version integer NOT NULL,
    tenant_id text NOT NULL,
    occurred_at timestamptz NOT NULL,
    actor text NOT NULL,
    correlation_id text NOT NULL,
    causation_id text NOT NULL,
    data jsonb NOT NULL,
    UNIQUE (stream_id, stream_version)
  )`;

const rawInsertSql = `
  INSERT INTO bench_raw.events (log_position, id, stream_id, stream_version, type, schema_version,
    tenant_id, occurred_at, actor, correlation_id, causation_id, data)
  VALUES (pg_current_xact_id()::text::bigint << 16, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

export async function createRawEventsTable(pool: Pool): Promise<void> {
  await pool.query(rawEventsDdl);
}

/** One event as one prepared INSERT, the same columns our store fills. */
export async function insertRawEvent(
  pool: Pool,
  event: NewEvent,
  streamId: string,
  streamVersion: number,
): Promise<void> {
  await pool.query({
    name: 'bench-raw-insert',
    text: rawInsertSql,
    values: [
      event.id,
      streamId,
      streamVersion,
      event.type,
      event.schemaVersion,
      event.tenantId,
      event.occurredAt,
      event.actor,
      event.correlationId,
      event.causationId,
      JSON.stringify(event.data),
    ],
  });
}
