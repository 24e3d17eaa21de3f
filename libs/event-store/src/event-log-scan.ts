import type { EventEnvelope } from '@crm/contracts';
import type { EventStore } from './event-store.port';

export interface EventLogScan {
  readonly count: number;
  readonly oldest: EventEnvelope | undefined;
}

// The port has no "head" query, so the distance is counted page by page; positions may have gaps.
export async function scanEventsAfter(
  store: EventStore,
  after: bigint,
  pageSize = 1000,
): Promise<EventLogScan> {
  let count = 0;
  let oldest: EventEnvelope | undefined;
  let position = after;
  for (;;) {
    const page = await store.readAll({ after: position, limit: pageSize });
    const last = page.at(-1);
    if (!last) return { count, oldest };
    oldest ??= page[0];
    count += page.length;
    position = last.globalPosition;
  }
}
