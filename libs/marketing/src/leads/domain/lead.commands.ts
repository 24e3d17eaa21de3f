import type { ConvertedCustomerType } from './lead.values';

// Every command names the tenant it runs for: a lead exists only inside its own tenant.
interface LeadCommandData {
  readonly tenantId: string;
  readonly leadId: string;
}

/** What the application found about the campaign a lead names: the decider cannot look it up. */
export interface SourceCampaign {
  readonly campaignId: string;
  readonly exists: boolean;
}

export interface CaptureLead {
  readonly type: 'CaptureLead';
  readonly data: LeadCommandData & {
    readonly name: string;
    readonly email?: string | null;
    readonly phone?: string | null;
    readonly company?: string | null;
    readonly sourceCampaign: SourceCampaign | null;
    readonly capturedAt: string;
  };
}

export interface QualifyLead {
  readonly type: 'QualifyLead';
  readonly data: LeadCommandData & { readonly qualifiedAt: string };
}

export interface DisqualifyLead {
  readonly type: 'DisqualifyLead';
  readonly data: LeadCommandData & { readonly reason: string; readonly disqualifiedAt: string };
}

export interface ConvertLead {
  readonly type: 'ConvertLead';
  readonly data: LeadCommandData & {
    /** The id the customer context will register the new customer under, minted by the application. */
    readonly customerId: string;
    /** Default: a company when the lead names one, else a person. */
    readonly customerType?: ConvertedCustomerType;
    readonly convertedAt: string;
  };
}

export type LeadCommand = CaptureLead | QualifyLead | DisqualifyLead | ConvertLead;
