import type { DomainEvent } from '@crm/core';
import type {
  AcquisitionChannel,
  Address,
  CustomerStatus,
  CustomerType,
  InteractionChannel,
  InteractionDirection,
} from './customer.values';

/** What an update changed, field by field. */
export interface Change<T> {
  readonly from: T;
  readonly to: T;
}

export interface ProfileChanges {
  readonly name?: Change<string>;
  readonly email?: Change<string | null>;
  readonly phone?: Change<string | null>;
  readonly address?: Change<Address | null>;
  readonly channel?: Change<AcquisitionChannel>;
  readonly tags?: Change<readonly string[]>;
  readonly externalRef?: Change<string | null>;
}

export interface Contact {
  readonly contactId: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly role: string | null;
}

export type CustomerRegistered = DomainEvent<
  'customer.CustomerRegistered',
  {
    readonly customerId: string;
    readonly tenantId: string;
    readonly customerType: CustomerType;
    readonly name: string;
    readonly email: string | null;
    readonly phone: string | null;
    readonly address: Address | null;
    readonly status: CustomerStatus;
    readonly channel: AcquisitionChannel;
    readonly ownerId: string | null;
    readonly tags: readonly string[];
    readonly externalRef: string | null;
    readonly registeredAt: string;
  }
>;

export type CustomerProfileUpdated = DomainEvent<
  'customer.CustomerProfileUpdated',
  { readonly customerId: string; readonly changes: ProfileChanges }
>;

export type CustomerStatusChanged = DomainEvent<
  'customer.CustomerStatusChanged',
  { readonly customerId: string; readonly changes: { readonly status: Change<CustomerStatus> } }
>;

export type CustomerOwnerChanged = DomainEvent<
  'customer.CustomerOwnerChanged',
  { readonly customerId: string; readonly changes: { readonly ownerId: Change<string | null> } }
>;

export type CustomerArchived = DomainEvent<
  'customer.CustomerArchived',
  { readonly customerId: string; readonly reason: string | null; readonly archivedAt: string }
>;

export type ContactAdded = DomainEvent<'customer.ContactAdded', { readonly customerId: string } & Contact>;

export type InteractionLogged = DomainEvent<
  'customer.InteractionLogged',
  {
    readonly customerId: string;
    readonly interactionId: string;
    readonly channel: InteractionChannel;
    readonly direction: InteractionDirection;
    readonly subject: string;
    readonly notes: string | null;
    readonly outcome: string | null;
    readonly occurredAt: string;
  }
>;

/** On the duplicate's stream, first: the duplicate is read-only from here on. */
export type CustomerMergedInto = DomainEvent<
  'customer.CustomerMergedInto',
  { readonly customerId: string; readonly survivorId: string; readonly mergedAt: string }
>;

/** On the survivor's stream, second: the duplicate (and whatever it had absorbed) is now lineage. */
export type CustomerMergedFrom = DomainEvent<
  'customer.CustomerMergedFrom',
  {
    readonly customerId: string;
    readonly duplicateId: string;
    /** Customers merged into the duplicate before: they come along. */
    readonly absorbedIds: readonly string[];
    readonly mergedAt: string;
  }
>;

export type CustomerEvent =
  | CustomerRegistered
  | CustomerProfileUpdated
  | CustomerStatusChanged
  | CustomerOwnerChanged
  | CustomerArchived
  | ContactAdded
  | InteractionLogged
  | CustomerMergedInto
  | CustomerMergedFrom;

export type CustomerEventType = CustomerEvent['type'];

export const CUSTOMER_EVENT_TYPES: readonly CustomerEventType[] = [
  'customer.CustomerRegistered',
  'customer.CustomerProfileUpdated',
  'customer.CustomerStatusChanged',
  'customer.CustomerOwnerChanged',
  'customer.CustomerArchived',
  'customer.ContactAdded',
  'customer.InteractionLogged',
  'customer.CustomerMergedInto',
  'customer.CustomerMergedFrom',
];

/** Every customer event is at schema version 1; upcasters come with version 2. */
export const CUSTOMER_EVENT_SCHEMA_VERSION = 1;

/** The customer event a stored envelope holds, or null for another context's event. */
export function customerEventOf(event: {
  readonly type: string;
  readonly data: unknown;
}): CustomerEvent | null {
  if (!(CUSTOMER_EVENT_TYPES as readonly string[]).includes(event.type)) return null;
  // The customer stream only ever holds what this context's decider emitted.
  return { type: event.type, data: event.data } as CustomerEvent;
}
