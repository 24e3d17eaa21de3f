import { CUSTOMER_EVENTS_TOPIC, type EventEnvelope } from '@crm/contracts';
import { integrationTopic } from '@crm/messaging';
import { integrationSchemaViolations } from '@crm/testing';
import { customerRegistered, CUSTOMER_ID } from '../domain/customer.builders';
import type { CustomerEvent } from '../domain';
import { toCustomerIntegrationMessage } from './customer-integration-events.mapper';

const berlin = {
  line1: 'Hauptstrasse 5',
  line2: null,
  city: 'Berlin',
  postalCode: '10115',
  region: null,
  country: 'DE',
};

function envelope(event: { type: string; data: unknown }): EventEnvelope {
  return {
    ...event,
    id: 'event-1',
    schemaVersion: 1,
    streamId: `customer.customer-${CUSTOMER_ID}`,
    streamVersion: 1,
    globalPosition: 1n,
    tenantId: 'tenant-1',
    occurredAt: '2025-01-10T09:00:00.000Z',
    actor: 'user-1',
    correlationId: 'correlation-1',
    causationId: 'causation-1',
  };
}

function profileUpdated(changes: object): CustomerEvent {
  return { type: 'customer.CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes } };
}

describe(toCustomerIntegrationMessage.name, () => {
  it('publishes on the topic the relay derives for the customer context', () => {
    expect(integrationTopic('customer')).toBe(CUSTOMER_EVENTS_TOPIC);
  });

  it('publishes a registration without contact details', () => {
    const registered = customerRegistered({
      email: 'info@acme.example',
      phone: '+49301234567',
      address: berlin,
      tags: ['vip'],
    });
    expect(toCustomerIntegrationMessage(envelope(registered))).toEqual({
      type: 'customer.CustomerRegistered.v1',
      schemaVersion: 1,
      data: {
        customerId: CUSTOMER_ID,
        customerType: 'company',
        name: 'Acme GmbH',
        status: 'prospect',
        channel: 'direct',
        ownerId: null,
        tags: ['vip'],
        location: { country: 'DE', region: null, city: 'Berlin' },
        externalRef: null,
        registeredAt: '2025-01-10T09:00:00.000Z',
      },
    });
  });

  it('publishes status and owner changes as CustomerUpdated', () => {
    const statusChanged: CustomerEvent = {
      type: 'customer.CustomerStatusChanged',
      data: { customerId: CUSTOMER_ID, changes: { status: { from: 'prospect', to: 'active' } } },
    };
    expect(toCustomerIntegrationMessage(envelope(statusChanged))).toEqual({
      type: 'customer.CustomerUpdated.v1',
      schemaVersion: 1,
      data: { customerId: CUSTOMER_ID, changes: { status: { from: 'prospect', to: 'active' } } },
    });
  });

  it('publishes a move to another city as a location change, without the street', () => {
    const munich = { ...berlin, line1: 'Marienplatz 1', city: 'Munich', postalCode: '80331' };
    const message = toCustomerIntegrationMessage(
      envelope(profileUpdated({ address: { from: berlin, to: munich } })),
    );
    expect(message?.data).toEqual({
      customerId: CUSTOMER_ID,
      changes: {
        location: {
          from: { country: 'DE', region: null, city: 'Berlin' },
          to: { country: 'DE', region: null, city: 'Munich' },
        },
      },
    });
  });

  it('keeps changes of email, phone or street to itself', () => {
    const newStreet = { ...berlin, line1: 'Torstrasse 1' };
    const changes = {
      email: { from: null, to: 'a@b.example' },
      phone: { from: null, to: '+49301234567' },
      address: { from: berlin, to: newStreet },
    };
    expect(toCustomerIntegrationMessage(envelope(profileUpdated(changes)))).toBeNull();
  });

  it('publishes archiving and interactions, but not contacts', () => {
    const archived: CustomerEvent = {
      type: 'customer.CustomerArchived',
      data: { customerId: CUSTOMER_ID, reason: null, archivedAt: '2025-03-01T00:00:00.000Z' },
    };
    expect(toCustomerIntegrationMessage(envelope(archived))?.type).toBe('customer.CustomerArchived.v1');
    const logged: CustomerEvent = {
      type: 'customer.InteractionLogged',
      data: {
        customerId: CUSTOMER_ID,
        interactionId: 'i-1',
        channel: 'chat',
        direction: 'inbound',
        subject: 'Help',
        notes: 'secret',
        outcome: 'Solved',
        occurredAt: '2025-02-01T00:00:00.000Z',
      },
    };
    expect(toCustomerIntegrationMessage(envelope(logged))).toEqual({
      type: 'customer.InteractionLogged.v1',
      schemaVersion: 1,
      data: {
        customerId: CUSTOMER_ID,
        interactionId: 'i-1',
        channel: 'chat',
        direction: 'inbound',
        occurredAt: '2025-02-01T00:00:00.000Z',
        hasOutcome: true,
      },
    });
    const contact: CustomerEvent = {
      type: 'customer.ContactAdded',
      data: { customerId: CUSTOMER_ID, contactId: 'c-1', name: 'Jane', email: null, phone: null, role: null },
    };
    expect(toCustomerIntegrationMessage(envelope(contact))).toBeNull();
  });

  it("ignores other contexts' events", () => {
    expect(toCustomerIntegrationMessage(envelope({ type: 'sales.OrderPlaced', data: {} }))).toBeNull();
  });

  it('publishes messages that match the committed payload schemas of the AsyncAPI document', () => {
    const events: CustomerEvent[] = [
      customerRegistered({ address: berlin, tags: ['vip'] }),
      customerRegistered(),
      profileUpdated({ name: { from: 'Acme GmbH', to: 'Acme AG' }, address: { from: null, to: berlin } }),
      {
        type: 'customer.CustomerArchived',
        data: { customerId: CUSTOMER_ID, reason: 'merged', archivedAt: '2025-03-01T00:00:00.000Z' },
      },
      {
        type: 'customer.CustomerMergedFrom',
        data: {
          customerId: CUSTOMER_ID,
          duplicateId: 'b0d4c6f2-5c1e-4f0a-9d3b-7e8a1c2d3e4f',
          absorbedIds: [],
          mergedAt: '2025-03-02T00:00:00.000Z',
        },
      },
    ];
    const messages = events.map((event) => toCustomerIntegrationMessage(envelope(event)));
    expect(messages).not.toContain(null);
    for (const message of messages) if (message) expect(integrationSchemaViolations(message)).toEqual([]);
    expect(
      integrationSchemaViolations({ type: 'customer.CustomerArchived.v1', data: { customerId: 1 } }),
    ).not.toEqual([]);
  });
});
