import { eventColumns, type EventRow } from './event-row';
import type { StoreTables } from './events-schema';
import { horizonPosition } from './log-position';

/** A page of the global log plus where the horizon and the newest visible event stood, in one snapshot. */
export interface PageRow extends Omit<EventRow, 'log_position'> {
  /** Null on the single row of an empty page. */
  readonly log_position: string | null;
  readonly horizon: string;
  readonly high_water: string | null;
}

// Only transactions older than the oldest one still running are read: none of them can still commit,
// so the page is a final prefix of the log. $1 after (exclusive), $2 limit (null = all).
export function readPageSql(tables: StoreTables): string {
  const { events } = tables;
  return `
    WITH horizon AS (SELECT ${horizonPosition} AS position),
    page AS (
      SELECT ${eventColumns}, ${events}.log_position AS sort_position FROM ${events}, horizon
      WHERE ${events}.log_position > $1 AND ${events}.log_position < horizon.position
      ORDER BY ${events}.log_position LIMIT $2
    )
    SELECT page.*, horizon.position::text AS horizon,
      (SELECT max(log_position) FROM ${events})::text AS high_water
    FROM horizon LEFT JOIN page ON true ORDER BY page.sort_position`;
}

// $1 stream, $2 from version, $3 to version, $4 until (null = no bound), all inclusive.
export function readStreamSql(tables: StoreTables): string {
  return `SELECT ${eventColumns} FROM ${tables.events}
    WHERE stream_id = $1 AND stream_version BETWEEN $2 AND $3 AND ($4::timestamptz IS NULL OR occurred_at <= $4)
    ORDER BY stream_version`;
}
