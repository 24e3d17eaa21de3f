import { escapeIdentifier } from 'pg';

/** Where one store lives: its schema, its two tables, and the channel its appends notify. */
export interface StoreTables {
  readonly schema: string;
  readonly events: string;
  readonly streams: string;
  readonly channel: string;
}

export function storeTables(schema: string): StoreTables {
  const quoted = escapeIdentifier(schema);
  return {
    schema: quoted,
    events: `${quoted}.events`,
    streams: `${quoted}.streams`,
    channel: `crm_events_${schema}`.slice(0, 63),
  };
}

// global_position is the insertion order; log_position, (transaction_id << 16 | index in the append),
// is the order readers follow and the position the envelope exposes (see docs/decisions/0008).
// streams holds each stream's version, so every expected-version check is one row lock, not a scan.
export function createSchema(tables: StoreTables): string {
  return `
    CREATE SCHEMA IF NOT EXISTS ${tables.schema};
    CREATE TABLE IF NOT EXISTS ${tables.events} (
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
    );
    CREATE TABLE IF NOT EXISTS ${tables.streams} (
      stream_id text PRIMARY KEY,
      version integer NOT NULL CHECK (version > 0)
    );`;
}
