import { DomainError } from '@crm/core';

/**
 * Bits of a log position that number the events of one append; the writing transaction id fills the rest:
 * `position = (transaction_id << 16) | index in the append`.
 */
export const appendIndexBits = 16;

/** The most events one append can carry: each needs its own index below the transaction id. */
export const maxEventsPerAppend = 2 ** appendIndexBits;

/** SQL for the log position of the event at 1-based `ordinal` in the current transaction's append. */
export const logPositionOfOrdinal = (ordinal: string): string =>
  `((pg_current_xact_id()::text::bigint << ${appendIndexBits}) | (${ordinal} - 1))`;

/** SQL for the first log position no reader may pass yet: that of the oldest transaction still running. */
export const horizonPosition = `(pg_snapshot_xmin(pg_current_snapshot())::text::bigint << ${appendIndexBits})`;

export function assertAppendFits(count: number): void {
  if (count > maxEventsPerAppend) {
    throw new DomainError(
      'EVENT_STORE.APPEND_TOO_LARGE',
      'validation',
      `An append carries at most ${maxEventsPerAppend} events, got ${count}`,
    );
  }
}
