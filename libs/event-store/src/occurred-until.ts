import { DomainError } from '@crm/core';
import type { EventEnvelope } from '@crm/contracts';

// Compared as instants, not strings: "…:00Z" and "…:00.000Z" are the same moment.
export function occurredUntil(until: string | undefined): (event: EventEnvelope) => boolean {
  if (until === undefined) return () => true;
  const limit = Date.parse(until);
  if (Number.isNaN(limit)) {
    throw new DomainError('EVENT_STORE.INVALID_UNTIL', 'validation', `"${until}" is not an ISO-8601 instant`);
  }
  return (event) => Date.parse(event.occurredAt) <= limit;
}
