import { projectionSpec, PROJECTION_SPEC_TENANT } from '@crm/testing';
import { customerStreamId } from '../application/customer-stream';
import { customerRegistered, CUSTOMER_ID } from '../domain/customer.builders';
import { customerDirectoryProjection } from './customer-directory.projection';
import type { CustomerView } from './customer-view';

const streamId = customerStreamId(CUSTOMER_ID);
const registered = customerRegistered({
  tenantId: PROJECTION_SPEC_TENANT,
  email: 'info@acme.example',
  tags: ['vip'],
});

const view: CustomerView = {
  id: CUSTOMER_ID,
  type: 'company',
  name: 'Acme GmbH',
  email: 'info@acme.example',
  phone: null,
  address: null,
  status: 'prospect',
  channel: 'direct',
  ownerId: null,
  tags: ['vip'],
  externalRef: null,
  contacts: [],
  interactionCount: 0,
  lastInteractionAt: null,
  registeredAt: registered.data.registeredAt,
  archived: false,
  archivedAt: null,
  archiveReason: null,
  mergedFrom: [],
  mergedInto: null,
  mergedAt: null,
  version: 1,
};

describe('customerDirectoryProjection', () => {
  const spec = projectionSpec(customerDirectoryProjection);

  it('creates the directory entry when a customer registers', () => {
    spec.given({ ...registered, streamId }).then([{ id: CUSTOMER_ID, data: view }]);
  });

  it('applies updates, status, owner, contacts, interactions and archiving exactly once', () => {
    const contact = { contactId: 'contact-1', name: 'Jane Doe', email: null, phone: null, role: 'Buyer' };
    spec
      .given(
        { ...registered, streamId },
        {
          type: 'customer.CustomerProfileUpdated',
          streamId,
          data: { customerId: CUSTOMER_ID, changes: { name: { from: 'Acme GmbH', to: 'Acme SE' } } },
        },
        {
          type: 'customer.CustomerStatusChanged',
          streamId,
          data: { customerId: CUSTOMER_ID, changes: { status: { from: 'prospect', to: 'active' } } },
        },
        {
          type: 'customer.CustomerOwnerChanged',
          streamId,
          data: { customerId: CUSTOMER_ID, changes: { ownerId: { from: null, to: 'user-2' } } },
        },
        { type: 'customer.ContactAdded', streamId, data: { customerId: CUSTOMER_ID, ...contact } },
        {
          type: 'customer.InteractionLogged',
          streamId,
          data: interaction('interaction-1', '2025-02-02T00:00:00.000Z'),
        },
        {
          type: 'customer.InteractionLogged',
          streamId,
          data: interaction('interaction-2', '2025-02-01T00:00:00.000Z'),
        },
        {
          type: 'customer.CustomerArchived',
          streamId,
          data: { customerId: CUSTOMER_ID, reason: null, archivedAt: '2025-03-01T00:00:00.000Z' },
        },
      )
      .then([
        {
          id: CUSTOMER_ID,
          data: {
            ...view,
            name: 'Acme SE',
            status: 'active',
            ownerId: 'user-2',
            contacts: [contact],
            interactionCount: 2,
            lastInteractionAt: '2025-02-02T00:00:00.000Z',
            archived: true,
            archivedAt: '2025-03-01T00:00:00.000Z',
            version: 8,
          },
        },
      ]);
  });

  it('marks a merged duplicate with its survivor and the survivor with its lineage', () => {
    const mergedAt = '2025-04-01T00:00:00.000Z';
    spec
      .given(
        { ...registered, streamId },
        {
          type: 'customer.CustomerMergedFrom',
          streamId,
          data: { customerId: CUSTOMER_ID, duplicateId: 'dup-1', absorbedIds: ['dup-0'], mergedAt },
        },
        {
          type: 'customer.CustomerMergedInto',
          streamId,
          data: { customerId: CUSTOMER_ID, survivorId: 'survivor-1', mergedAt },
        },
      )
      .then([
        {
          id: CUSTOMER_ID,
          data: { ...view, mergedFrom: ['dup-1', 'dup-0'], mergedInto: 'survivor-1', mergedAt, version: 3 },
        },
      ]);
  });

  it('ignores events of other contexts', () => {
    spec
      .given({ type: 'sales.OrderPlaced', streamId: 'sales.order-1', data: { customerId: CUSTOMER_ID } })
      .then([]);
  });
});

function interaction(interactionId: string, occurredAt: string) {
  return {
    customerId: CUSTOMER_ID,
    interactionId,
    channel: 'phone',
    direction: 'inbound',
    subject: 'Call',
    notes: null,
    outcome: null,
    occurredAt,
  };
}
