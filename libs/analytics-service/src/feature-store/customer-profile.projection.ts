import {
  CustomerIntegrationEventTypes as Customers,
  type CustomerRegisteredV1,
  type CustomerUpdatedV1,
  type EventEnvelope,
  type InteractionLoggedV1,
} from '@crm/contracts';
import type { Projection } from '@crm/read-models';

export const CUSTOMER_PROFILES_COLLECTION = 'analytics-customer-profiles';

/** Who the customer is and how they talk to us: the customer context's share of the features. */
export interface CustomerProfile {
  readonly customerId: string;
  readonly channel: string;
  readonly region: string | null;
  readonly status: string;
  readonly registeredAt: string;
  readonly archived: boolean;
  readonly interactionsByChannel: Readonly<Record<string, number>>;
}

/** One document per customer, fed by the customer's own stream only. */
export const customerProfileProjection: Projection<CustomerProfile> = {
  name: 'analytics-customer-profiles',
  collection: CUSTOMER_PROFILES_COLLECTION,
  handles: [
    Customers.customerRegistered,
    Customers.customerUpdated,
    Customers.customerArchived,
    Customers.interactionLogged,
  ],
  documentId: (event) => (event.data as { customerId: string }).customerId,
  apply: (current, event) => profileAfter(current, event),
};

function profileAfter(current: CustomerProfile | null, event: EventEnvelope): CustomerProfile | null {
  if (event.type === Customers.customerRegistered) {
    return current ?? registeredProfile(event.data as CustomerRegisteredV1);
  }
  if (current === null) return null;
  switch (event.type) {
    case Customers.customerUpdated:
      return updatedProfile(current, event.data as CustomerUpdatedV1);
    case Customers.customerArchived:
      return { ...current, archived: true };
    case Customers.interactionLogged: {
      const { channel } = event.data as InteractionLoggedV1;
      const counts = current.interactionsByChannel;
      return { ...current, interactionsByChannel: { ...counts, [channel]: (counts[channel] ?? 0) + 1 } };
    }
    default:
      return null;
  }
}

function registeredProfile(registered: CustomerRegisteredV1): CustomerProfile {
  return {
    customerId: registered.customerId,
    channel: registered.channel,
    region: regionOf(registered.location),
    status: registered.status,
    registeredAt: registered.registeredAt,
    archived: false,
    interactionsByChannel: {},
  };
}

function updatedProfile(current: CustomerProfile, updated: CustomerUpdatedV1): CustomerProfile {
  const { changes } = updated;
  return {
    ...current,
    ...(changes.channel ? { channel: changes.channel.to } : {}),
    ...(changes.status ? { status: changes.status.to } : {}),
    ...(changes.location ? { region: regionOf(changes.location.to) } : {}),
  };
}

function regionOf(location: CustomerRegisteredV1['location']): string | null {
  if (location === null) return null;
  return location.region ?? location.country;
}
