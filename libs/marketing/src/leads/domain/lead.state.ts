import type { ConvertedCustomerType, LeadStatus } from './lead.values';

/** A captured lead as the decider and the directory know it. */
export interface Lead {
  readonly leadId: string;
  readonly tenantId: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly company: string | null;
  readonly sourceCampaignId: string | null;
  readonly status: LeadStatus;
  readonly capturedAt: string;
  readonly qualifiedAt: string | null;
  readonly disqualifiedAt: string | null;
  readonly disqualifyReason: string | null;
  readonly customerId: string | null;
  readonly customerType: ConvertedCustomerType | null;
  readonly convertedAt: string | null;
}

export type LeadState = { readonly kind: 'none' } | { readonly kind: 'captured'; readonly lead: Lead };
