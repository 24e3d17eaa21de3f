import type { ExpectedVersion } from '../event-store.port';
import type { StoreTables } from './events-schema';
import { logPositionOfOrdinal } from './log-position';

/** How the streams row is claimed: each expected-version mode is one statement on one row. */
export type StreamClaim = 'exact' | 'create' | 'exists' | 'any';

export function streamClaimOf(expected: ExpectedVersion): StreamClaim {
  if (expected === 'no-stream' || expected === 0) return 'create';
  if (expected === 'stream-exists') return 'exists';
  if (expected === 'any') return 'any';
  return 'exact';
}

/** What one append statement reports: how many events were new, and the stream version it reached. */
export interface AppendRow {
  readonly fresh_count: number;
  /** Null when the stream was not in the expected state (nothing was written). */
  readonly version: number | null;
  readonly last_position: string | null;
}

// Each claim locks the one streams row (or inserts it) and succeeds only in its expected state; under
// READ COMMITTED a waiting writer re-checks the row as the winner committed it, so a stale claim fails.
function claimSql(claim: StreamClaim, streams: string): string {
  switch (claim) {
    case 'exact':
      return `UPDATE ${streams} SET version = version + counted.count FROM counted
        WHERE stream_id = $1 AND version = $3 AND counted.count > 0 RETURNING ${streams}.version`;
    case 'exists':
      return `UPDATE ${streams} SET version = version + counted.count FROM counted
        WHERE stream_id = $1 AND counted.count > 0 RETURNING ${streams}.version`;
    case 'create':
      return `INSERT INTO ${streams} (stream_id, version) SELECT $1, count FROM counted WHERE count > 0
        ON CONFLICT (stream_id) DO NOTHING RETURNING version`;
    case 'any':
      return `INSERT INTO ${streams} (stream_id, version) SELECT $1, count FROM counted WHERE count > 0
        ON CONFLICT (stream_id) DO UPDATE SET version = ${streams}.version + EXCLUDED.version RETURNING version`;
  }
}

/**
 * One statement, hence one transaction and one round trip: drops ids already stored (or repeated in the
 * batch), claims the stream version and inserts the events. Listeners are notified after the commit
 * (CoalescingNotifier), not in this transaction.
 * Parameters: $1 stream id, $2 the events as a JSON array, $3 the expected version.
 */
export function appendSql(claim: StreamClaim, tables: StoreTables): string {
  const { events, streams } = tables;
  return `
    WITH input AS (
      SELECT (event->>'id')::uuid AS id, event, ordinal
      FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS batch (event, ordinal)
    ),
    first_occurrence AS (
      SELECT DISTINCT ON (id) id, event, ordinal FROM input ORDER BY id, ordinal
    ),
    fresh AS (
      SELECT id, event, row_number() OVER (ORDER BY ordinal) AS ordinal FROM first_occurrence
      WHERE NOT EXISTS (SELECT 1 FROM ${events} stored WHERE stored.id = first_occurrence.id)
    ),
    counted AS (SELECT count(*)::integer AS count FROM fresh),
    claimed AS (${claimSql(claim, streams)}),
    inserted AS (
      INSERT INTO ${events} (log_position, id, stream_id, stream_version, type, schema_version, tenant_id,
        occurred_at, actor, correlation_id, causation_id, data)
      SELECT ${logPositionOfOrdinal('fresh.ordinal')}, fresh.id, $1,
        claimed.version - counted.count + fresh.ordinal, event->>'type', (event->>'schemaVersion')::integer,
        event->>'tenantId', (event->>'occurredAt')::timestamptz, event->>'actor', event->>'correlationId',
        event->>'causationId', COALESCE(event->'data', 'null'::jsonb)
      FROM fresh, claimed, counted
      RETURNING log_position
    )
    SELECT (SELECT count FROM counted) AS fresh_count, (SELECT version FROM claimed) AS version,
      (SELECT max(log_position)::text FROM inserted) AS last_position`;
}

/** The version and last log position of a stream, for no-op appends and conflict reports. */
export function streamHeadSql(tables: StoreTables): string {
  return `SELECT stream_version AS version, log_position::text AS last_position FROM ${tables.events}
    WHERE stream_id = $1 ORDER BY stream_version DESC LIMIT 1`;
}
