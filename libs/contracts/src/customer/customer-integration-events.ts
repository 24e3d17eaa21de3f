/** The topic the customer context's relay publishes to (design.md section 5). */
export const CUSTOMER_EVENTS_TOPIC = 'crm.customer.events.v1';

/**
 * Integration events of the customer context. They carry no contact details (email, phone, street
 * lines, notes): consumers that need them ask the customer API, so erasing a person never has to chase
 * copies on the topic. Versioned by name: a breaking change is a new `...V2` type beside this one.
 */
export const CustomerIntegrationEventTypes = {
  customerRegistered: 'customer.CustomerRegistered.v1',
  customerUpdated: 'customer.CustomerUpdated.v1',
  customerArchived: 'customer.CustomerArchived.v1',
  interactionLogged: 'customer.InteractionLogged.v1',
  customerMerged: 'customer.CustomerMerged.v1',
} as const;

export type CustomerIntegrationEventType =
  (typeof CustomerIntegrationEventTypes)[keyof typeof CustomerIntegrationEventTypes];

/** Where a customer is, as coarse as analytics needs: no street lines. */
export interface CustomerLocationV1 {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly region: string | null;
  readonly city: string;
}

export interface CustomerRegisteredV1 {
  readonly customerId: string;
  readonly customerType: 'person' | 'company';
  readonly name: string;
  readonly status: 'prospect' | 'active' | 'inactive';
  /** Acquisition channel: direct, retail, e-commerce, distributor, partner, referral, event, marketing, other. */
  readonly channel: string;
  readonly ownerId: string | null;
  readonly tags: readonly string[];
  readonly location: CustomerLocationV1 | null;
  readonly externalRef: string | null;
  readonly registeredAt: string;
}

export interface FieldChangeV1<T> {
  readonly from: T;
  readonly to: T;
}

/** Only the published fields that changed are present; one message per change in the customer stream. */
export interface CustomerUpdatedV1 {
  readonly customerId: string;
  readonly changes: {
    readonly name?: FieldChangeV1<string>;
    readonly status?: FieldChangeV1<'prospect' | 'active' | 'inactive'>;
    readonly channel?: FieldChangeV1<string>;
    readonly ownerId?: FieldChangeV1<string | null>;
    readonly tags?: FieldChangeV1<readonly string[]>;
    readonly location?: FieldChangeV1<CustomerLocationV1 | null>;
    readonly externalRef?: FieldChangeV1<string | null>;
  };
}

export interface CustomerArchivedV1 {
  readonly customerId: string;
  readonly reason: string | null;
  readonly archivedAt: string;
}

export interface InteractionLoggedV1 {
  readonly customerId: string;
  readonly interactionId: string;
  readonly channel: 'phone' | 'email' | 'meeting' | 'chat' | 'visit' | 'other';
  readonly direction: 'inbound' | 'outbound';
  /** When the conversation took place (ISO-8601 UTC); the envelope's occurredAt is when it was logged. */
  readonly occurredAt: string;
  readonly hasOutcome: boolean;
}

/**
 * A duplicate customer was merged into a survivor (`customerId`). From now on the duplicate's id (and
 * those it had absorbed) stand for the survivor: consumers re-point what they keep under those ids.
 */
export interface CustomerMergedV1 {
  /** The survivor. */
  readonly customerId: string;
  /** The customer merged away; it stays readable but accepts no changes. */
  readonly duplicateId: string;
  /** Customers merged into the duplicate earlier, which move along with it. */
  readonly absorbedIds: readonly string[];
  readonly mergedAt: string;
}
