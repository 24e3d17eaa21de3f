import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@crm/contracts';

/** Events per stream in the append cases: writers open a new stream every this many appends. */
export const EVENTS_PER_STREAM = 10;

/** Where the `sequence`-th append (0-based) of one writer goes, and the stream version it expects. */
export interface AppendSlot {
  readonly streamId: string;
  readonly expectedVersion: number;
}

export function appendSlot(prefix: string, writer: number, sequence: number): AppendSlot {
  const stream = Math.floor(sequence / EVENTS_PER_STREAM);
  return {
    streamId: `bench.customer-${prefix}-${writer}-${stream}`,
    expectedVersion: sequence % EVENTS_PER_STREAM,
  };
}

// About 300 bytes of JSON, the size of a customer registration.
const payload = {
  customerType: 'company',
  name: 'Acme Industrial GmbH',
  email: 'sales@acme.example',
  phone: '+49 30 1234567',
  address: { street: 'Industriestrasse 12', city: 'Berlin', postalCode: '10115', country: 'DE' },
  channel: 'direct',
  tags: ['manufacturing', 'enterprise'],
};

export type BenchPayload = typeof payload;

/** The one event every append case writes: the same type, metadata and payload for every target. */
export function benchEvent(): NewEvent & { readonly data: BenchPayload } {
  return {
    id: randomUUID(),
    type: 'bench.CustomerRegistered',
    schemaVersion: 1,
    tenantId: 'tenant-bench',
    occurredAt: new Date().toISOString(),
    actor: 'user-bench',
    correlationId: randomUUID(),
    causationId: randomUUID(),
    data: payload,
  };
}
