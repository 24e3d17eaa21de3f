import type { EventEnvelope } from '@crm/contracts';

// global_position comes from AUTOINCREMENT: never reused, and assigned under SQLite's single write
// lock, so positions are handed out in commit order and a tailing reader never misses a late commit.
// UNIQUE(stream_id, stream_version) is also the index readStream and the version lookup use.
export const createEventsTable = `
  CREATE TABLE IF NOT EXISTS events (
    global_position INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    stream_id TEXT NOT NULL,
    stream_version INTEGER NOT NULL,
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    tenant_id TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    causation_id TEXT NOT NULL,
    data TEXT NOT NULL CHECK (json_valid(data)),
    UNIQUE (stream_id, stream_version)
  )`;

/** A row as read with `safeIntegers(true)`: every INTEGER column arrives as a bigint. */
export interface EventRow {
  readonly global_position: bigint;
  readonly id: string;
  readonly stream_id: string;
  readonly stream_version: bigint;
  readonly type: string;
  readonly schema_version: bigint;
  readonly tenant_id: string;
  readonly occurred_at: string;
  readonly actor: string;
  readonly correlation_id: string;
  readonly causation_id: string;
  readonly data: string;
}

export function toEnvelope(row: EventRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    schemaVersion: Number(row.schema_version),
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    globalPosition: row.global_position,
    tenantId: row.tenant_id,
    occurredAt: row.occurred_at,
    actor: row.actor,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    data: JSON.parse(row.data) as unknown,
  };
}
