/** Vocabularies of the customer context, shared by the domain, the HTTP schema and the read models. */
export const CUSTOMER_TYPES = ['person', 'company'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const CUSTOMER_STATUSES = ['prospect', 'active', 'inactive'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

// How the customer came to us; see docs/decisions/0004-customer-context.md for the meaning of each.
export const ACQUISITION_CHANNELS = [
  'direct',
  'retail',
  'e-commerce',
  'distributor',
  'partner',
  'referral',
  'event',
  'marketing',
  'other',
] as const;
export type AcquisitionChannel = (typeof ACQUISITION_CHANNELS)[number];

export const INTERACTION_CHANNELS = ['phone', 'email', 'meeting', 'chat', 'visit', 'other'] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

export const INTERACTION_DIRECTIONS = ['inbound', 'outbound'] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

export const DEFAULT_CUSTOMER_STATUS: CustomerStatus = 'prospect';
export const DEFAULT_ACQUISITION_CHANNEL: AcquisitionChannel = 'direct';
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;
export const MAX_NAME_LENGTH = 200;

export interface Address {
  readonly line1: string;
  readonly line2: string | null;
  readonly city: string;
  readonly postalCode: string | null;
  readonly region: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
}

/** An address as a caller supplies it: optional parts may be absent. */
export interface AddressInput {
  readonly line1: string;
  readonly line2?: string | null;
  readonly city: string;
  readonly postalCode?: string | null;
  readonly region?: string | null;
  readonly country: string;
}
