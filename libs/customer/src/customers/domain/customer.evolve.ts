import { assertNever } from '@crm/core';
import type { CustomerEvent, ProfileChanges } from './customer.events';
import type { Customer, CustomerState } from './customer.state';

export function initialCustomerState(): CustomerState {
  return { kind: 'unregistered' };
}

export function evolveCustomer(state: CustomerState, event: CustomerEvent): CustomerState {
  switch (event.type) {
    case 'customer.CustomerRegistered': {
      const { customerId, tenantId, customerType, name, email, phone, address, status, channel } = event.data;
      const { ownerId, tags, externalRef, registeredAt } = event.data;
      const customer: Customer = {
        ...{ customerId, tenantId, customerType, name, email, phone, address, status, channel },
        ...{ ownerId, tags, externalRef, registeredAt },
        contacts: [],
        interactionCount: 0,
        lastInteractionAt: null,
        mergedFrom: [],
      };
      return { kind: 'registered', customer };
    }
    case 'customer.CustomerProfileUpdated':
      return withCustomer(state, (customer) => applyProfileChanges(customer, event.data.changes));
    case 'customer.CustomerStatusChanged':
      return withCustomer(state, (customer) => ({ ...customer, status: event.data.changes.status.to }));
    case 'customer.CustomerOwnerChanged':
      return withCustomer(state, (customer) => ({ ...customer, ownerId: event.data.changes.ownerId.to }));
    case 'customer.ContactAdded': {
      const { customerId: _customerId, ...contact } = event.data;
      return withCustomer(state, (customer) => ({ ...customer, contacts: [...customer.contacts, contact] }));
    }
    case 'customer.InteractionLogged':
      return withCustomer(state, (customer) => ({
        ...customer,
        interactionCount: customer.interactionCount + 1,
        lastInteractionAt: latest(customer.lastInteractionAt, event.data.occurredAt),
      }));
    case 'customer.CustomerArchived':
      if (state.kind === 'unregistered') return state;
      return {
        kind: 'archived',
        customer: state.customer,
        archivedAt: event.data.archivedAt,
        archiveReason: event.data.reason,
      };
    case 'customer.CustomerMergedInto':
      if (state.kind === 'unregistered') return state;
      return {
        kind: 'merged',
        customer: state.customer,
        mergedInto: event.data.survivorId,
        mergedAt: event.data.mergedAt,
      };
    case 'customer.CustomerMergedFrom': {
      const { duplicateId, absorbedIds } = event.data;
      return withCustomer(state, (customer) => ({
        ...customer,
        mergedFrom: [...customer.mergedFrom, duplicateId, ...absorbedIds],
      }));
    }
    default:
      return assertNever(event);
  }
}

function withCustomer(state: CustomerState, change: (customer: Customer) => Customer): CustomerState {
  return state.kind === 'unregistered' ? state : { ...state, customer: change(state.customer) };
}

function applyProfileChanges(customer: Customer, changes: ProfileChanges): Customer {
  return {
    ...customer,
    ...(changes.name ? { name: changes.name.to } : {}),
    ...(changes.email ? { email: changes.email.to } : {}),
    ...(changes.phone ? { phone: changes.phone.to } : {}),
    ...(changes.address ? { address: changes.address.to } : {}),
    ...(changes.channel ? { channel: changes.channel.to } : {}),
    ...(changes.tags ? { tags: changes.tags.to } : {}),
    ...(changes.externalRef ? { externalRef: changes.externalRef.to } : {}),
  };
}

// ISO-8601 UTC strings of the same shape order lexically; parse to be safe with offsets.
function latest(current: string | null, candidate: string): string {
  if (current === null) return candidate;
  return Date.parse(candidate) > Date.parse(current) ? candidate : current;
}
