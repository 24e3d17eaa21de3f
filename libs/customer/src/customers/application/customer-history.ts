import type { EventEnvelope } from '@crm/contracts';
import { assertNever } from '@crm/core';
import { customerEventOf, type CustomerEvent } from '../domain';

/** One line of GET /customers/:id/history. */
export interface CustomerHistoryEntry {
  /** Whose stream the event is in: after a merge the survivor's history also lists the duplicate's. */
  readonly customerId: string;
  readonly version: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly actor: string;
  readonly changes: Readonly<Record<string, { readonly from: unknown; readonly to: unknown }>>;
}

export function customerHistoryEntryOf(envelope: EventEnvelope): CustomerHistoryEntry {
  const event = customerEventOf(envelope);
  return {
    customerId: (envelope.data as { readonly customerId: string }).customerId,
    version: envelope.streamVersion,
    type: envelope.type,
    occurredAt: envelope.occurredAt,
    actor: envelope.actor,
    changes: event === null ? {} : changesOf(event),
  };
}

/** The customers merged into the owner of these events (transitively). */
export function mergedIdsOf(events: readonly EventEnvelope[]): string[] {
  return events.flatMap((envelope) => {
    const event = customerEventOf(envelope);
    return event?.type === 'customer.CustomerMergedFrom'
      ? [event.data.duplicateId, ...event.data.absorbedIds]
      : [];
  });
}

function changesOf(event: CustomerEvent): CustomerHistoryEntry['changes'] {
  switch (event.type) {
    case 'customer.CustomerRegistered': {
      const {
        customerId: _customerId,
        tenantId: _tenantId,
        registeredAt: _registeredAt,
        customerType,
        ...fields
      } = event.data;
      const registered = Object.entries({ type: customerType, ...fields }).filter(
        ([, value]) => value !== null,
      );
      return Object.fromEntries(registered.map(([field, to]) => [field, { from: null, to }]));
    }
    case 'customer.CustomerProfileUpdated':
    case 'customer.CustomerStatusChanged':
    case 'customer.CustomerOwnerChanged':
      return Object.fromEntries(
        Object.entries(event.data.changes).filter(([, change]) => change !== undefined),
      );
    case 'customer.CustomerArchived':
      return {
        archived: { from: false, to: true },
        ...(event.data.reason ? { archiveReason: { from: null, to: event.data.reason } } : {}),
      };
    case 'customer.ContactAdded': {
      const { customerId: _customerId, ...contact } = event.data;
      return { contacts: { from: null, to: contact } };
    }
    case 'customer.InteractionLogged': {
      const { interactionId, channel, direction, subject, occurredAt } = event.data;
      return {
        interactions: { from: null, to: { id: interactionId, channel, direction, subject, occurredAt } },
      };
    }
    case 'customer.CustomerMergedInto':
      return { mergedInto: { from: null, to: event.data.survivorId } };
    case 'customer.CustomerMergedFrom': {
      const { duplicateId, absorbedIds } = event.data;
      return { mergedFrom: { from: null, to: [duplicateId, ...absorbedIds] } };
    }
    default:
      return assertNever(event);
  }
}
