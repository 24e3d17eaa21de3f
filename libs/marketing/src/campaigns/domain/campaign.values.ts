/** Vocabularies of the campaign aggregate, shared by the domain, the HTTP schema and the read models. */
export const CAMPAIGN_CHANNELS = [
  'email',
  'social',
  'events',
  'search',
  'display',
  'direct-mail',
  'partner',
  'other',
] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

export const CAMPAIGN_STATUSES = ['draft', 'active', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const RESPONSE_KINDS = ['opened', 'clicked', 'replied', 'converted'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

export const MAX_CAMPAIGN_NAME_LENGTH = 200;

/** An exact amount: a decimal string in the currency's minor units, never a float. */
export interface Money {
  readonly amount: string;
  /** ISO 4217, upper case. */
  readonly currency: string;
}

/** ISO-8601 dates (YYYY-MM-DD), both inclusive. */
export interface CampaignPeriod {
  readonly from: string;
  readonly to: string;
}

export type ResponseCounts = Readonly<Record<ResponseKind, number>>;

export function noResponses(): ResponseCounts {
  return { opened: 0, clicked: 0, replied: 0, converted: 0 };
}
