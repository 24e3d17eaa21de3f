import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@crm/contracts';

/** A valid NewEvent with a fresh id; override what the test is about. */
export function buildNewEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: randomUUID(),
    type: 'test.SomethingHappened',
    schemaVersion: 1,
    tenantId: 'tenant-1',
    occurredAt: '2025-01-01T00:00:00.000Z',
    actor: 'user-1',
    correlationId: 'correlation-1',
    causationId: 'causation-1',
    data: { value: 1 },
    ...overrides,
  };
}

/** A stream id no other test uses. */
export function uniqueStreamId(prefix = 'test.stream'): string {
  return `${prefix}-${randomUUID()}`;
}
