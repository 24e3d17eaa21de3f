import {
  CustomerIntegrationEventTypes,
  type CustomerArchivedV1,
  type CustomerLocationV1,
  type CustomerMergedV1,
  type CustomerRegisteredV1,
  type CustomerUpdatedV1,
  type EventEnvelope,
  type InteractionLoggedV1,
} from '@crm/contracts';
import { assertNever } from '@crm/core';
import type { IntegrationMessage } from '@crm/messaging';
import { customerEventOf, type Address, type ProfileChanges } from '../domain';

const INTEGRATION_SCHEMA_VERSION = 1;

/**
 * The customer context's publishing policy (the relay's mapper): each domain event as a versioned
 * integration event, or null when nothing other contexts may rely on changed (contacts, email, phone).
 */
export function toCustomerIntegrationMessage(event: EventEnvelope): IntegrationMessage | null {
  const domainEvent = customerEventOf(event);
  if (domainEvent === null) return null;
  switch (domainEvent.type) {
    case 'customer.CustomerRegistered': {
      const { data } = domainEvent;
      const registered: CustomerRegisteredV1 = {
        customerId: data.customerId,
        customerType: data.customerType,
        name: data.name,
        status: data.status,
        channel: data.channel,
        ownerId: data.ownerId,
        tags: data.tags,
        location: locationOf(data.address),
        externalRef: data.externalRef,
        registeredAt: data.registeredAt,
      };
      return message(CustomerIntegrationEventTypes.customerRegistered, registered);
    }
    case 'customer.CustomerProfileUpdated':
      return updated(domainEvent.data.customerId, publishedProfileChanges(domainEvent.data.changes));
    case 'customer.CustomerStatusChanged':
      return updated(domainEvent.data.customerId, { status: domainEvent.data.changes.status });
    case 'customer.CustomerOwnerChanged':
      return updated(domainEvent.data.customerId, { ownerId: domainEvent.data.changes.ownerId });
    case 'customer.CustomerArchived': {
      const { customerId, reason, archivedAt } = domainEvent.data;
      const archived: CustomerArchivedV1 = { customerId, reason, archivedAt };
      return message(CustomerIntegrationEventTypes.customerArchived, archived);
    }
    case 'customer.ContactAdded':
      return null;
    case 'customer.InteractionLogged': {
      const { customerId, interactionId, channel, direction, occurredAt, outcome } = domainEvent.data;
      const logged: InteractionLoggedV1 = {
        customerId,
        interactionId,
        channel,
        direction,
        occurredAt,
        hasOutcome: outcome !== null,
      };
      return message(CustomerIntegrationEventTypes.interactionLogged, logged);
    }
    case 'customer.CustomerMergedInto':
      return null;
    case 'customer.CustomerMergedFrom': {
      // Published from the survivor's step: only then is the merge complete.
      const { customerId, duplicateId, absorbedIds, mergedAt } = domainEvent.data;
      const merged: CustomerMergedV1 = { customerId, duplicateId, absorbedIds, mergedAt };
      return message(CustomerIntegrationEventTypes.customerMerged, merged);
    }
    default:
      return assertNever(domainEvent);
  }
}

function message(type: string, data: unknown): IntegrationMessage {
  return { type, schemaVersion: INTEGRATION_SCHEMA_VERSION, data };
}

function updated(customerId: string, changes: CustomerUpdatedV1['changes']): IntegrationMessage | null {
  if (Object.keys(changes).length === 0) return null;
  const update: CustomerUpdatedV1 = { customerId, changes };
  return message(CustomerIntegrationEventTypes.customerUpdated, update);
}

function publishedProfileChanges(changes: ProfileChanges): CustomerUpdatedV1['changes'] {
  const location = changes.address && {
    from: locationOf(changes.address.from),
    to: locationOf(changes.address.to),
  };
  return {
    ...(changes.name ? { name: changes.name } : {}),
    ...(changes.channel ? { channel: changes.channel } : {}),
    ...(changes.tags ? { tags: changes.tags } : {}),
    ...(changes.externalRef ? { externalRef: changes.externalRef } : {}),
    ...(location && !sameLocation(location.from, location.to) ? { location } : {}),
  };
}

function locationOf(address: Address | null): CustomerLocationV1 | null {
  return address && { country: address.country, region: address.region, city: address.city };
}

// A new street in the same city is not news to other contexts.
function sameLocation(left: CustomerLocationV1 | null, right: CustomerLocationV1 | null): boolean {
  if (left === null || right === null) return left === right;
  return left.country === right.country && left.region === right.region && left.city === right.city;
}
