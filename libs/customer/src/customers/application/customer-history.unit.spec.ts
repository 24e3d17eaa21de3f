import type { EventEnvelope } from '@crm/contracts';
import { customerRegistered, CUSTOMER_ID } from '../domain/customer.builders';
import { customerHistoryEntryOf } from './customer-history';

function envelope(event: { type: string; data: unknown }, streamVersion: number): EventEnvelope {
  return {
    ...event,
    id: `event-${streamVersion}`,
    schemaVersion: 1,
    streamId: `customer.customer-${CUSTOMER_ID}`,
    streamVersion,
    globalPosition: BigInt(streamVersion),
    tenantId: 'tenant-1',
    occurredAt: '2025-01-10T09:00:00.000Z',
    actor: 'user-1',
    correlationId: 'correlation-1',
    causationId: 'causation-1',
  };
}

describe(customerHistoryEntryOf.name, () => {
  it('shows a registration as every field set from null', () => {
    const entry = customerHistoryEntryOf(envelope(customerRegistered({ email: 'info@acme.example' }), 1));
    expect(entry).toEqual({
      customerId: CUSTOMER_ID,
      version: 1,
      type: 'customer.CustomerRegistered',
      occurredAt: '2025-01-10T09:00:00.000Z',
      actor: 'user-1',
      changes: {
        type: { from: null, to: 'company' },
        name: { from: null, to: 'Acme GmbH' },
        email: { from: null, to: 'info@acme.example' },
        status: { from: null, to: 'prospect' },
        channel: { from: null, to: 'direct' },
        tags: { from: null, to: [] },
      },
    });
  });

  it('shows an update with exactly the changes it recorded', () => {
    const changes = { name: { from: 'Acme GmbH', to: 'Acme SE' } };
    const entry = customerHistoryEntryOf(
      envelope({ type: 'customer.CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes } }, 2),
    );
    expect(entry.changes).toEqual(changes);
  });

  it('shows archiving with its reason', () => {
    const data = { customerId: CUSTOMER_ID, reason: 'Closed', archivedAt: '2025-03-01T00:00:00.000Z' };
    const entry = customerHistoryEntryOf(envelope({ type: 'customer.CustomerArchived', data }, 3));
    expect(entry.changes).toEqual({
      archived: { from: false, to: true },
      archiveReason: { from: null, to: 'Closed' },
    });
  });
});
