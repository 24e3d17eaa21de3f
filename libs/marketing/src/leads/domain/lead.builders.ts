import type { CaptureLead, ConvertLead, DisqualifyLead, QualifyLead } from './lead.commands';
import type { LeadCaptured, LeadConverted, LeadDisqualified, LeadQualified } from './lead.events';

// Builders with defaults for specs: a test states only what it is about.
export const TENANT = 'tenant-1';
export const LEAD_ID = '9c2e4b1a-5d3f-4e6a-8b7c-0d1e2f3a4b5c';
export const CAMPAIGN_ID = '3a6f1c0e-8d2b-4f5a-9c7e-1b2d3e4f5a6b';
export const CUSTOMER_ID = '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e';
export const CAPTURED_AT = '2025-03-05T09:00:00.000Z';
export const QUALIFIED_AT = '2025-03-06T09:00:00.000Z';
export const CONVERTED_AT = '2025-03-10T09:00:00.000Z';

const lead = { tenantId: TENANT, leadId: LEAD_ID };

export function captureLead(overrides: Partial<CaptureLead['data']> = {}): CaptureLead {
  return {
    type: 'CaptureLead',
    data: {
      ...lead,
      name: 'Jane Doe',
      sourceCampaign: { campaignId: CAMPAIGN_ID, exists: true },
      capturedAt: CAPTURED_AT,
      ...overrides,
    },
  };
}

export function leadCaptured(overrides: Partial<LeadCaptured['data']> = {}): LeadCaptured {
  return {
    type: 'marketing.LeadCaptured',
    data: {
      ...lead,
      name: 'Jane Doe',
      email: null,
      phone: null,
      company: null,
      sourceCampaignId: CAMPAIGN_ID,
      capturedAt: CAPTURED_AT,
      ...overrides,
    },
  };
}

export function qualifyLead(overrides: Partial<QualifyLead['data']> = {}): QualifyLead {
  return { type: 'QualifyLead', data: { ...lead, qualifiedAt: QUALIFIED_AT, ...overrides } };
}

export function leadQualified(): LeadQualified {
  return {
    type: 'marketing.LeadQualified',
    data: { leadId: LEAD_ID, sourceCampaignId: CAMPAIGN_ID, qualifiedAt: QUALIFIED_AT },
  };
}

export function disqualifyLead(overrides: Partial<DisqualifyLead['data']> = {}): DisqualifyLead {
  return {
    type: 'DisqualifyLead',
    data: { ...lead, reason: 'No budget', disqualifiedAt: QUALIFIED_AT, ...overrides },
  };
}

export function leadDisqualified(reason = 'No budget'): LeadDisqualified {
  return {
    type: 'marketing.LeadDisqualified',
    data: { leadId: LEAD_ID, sourceCampaignId: CAMPAIGN_ID, reason, disqualifiedAt: QUALIFIED_AT },
  };
}

export function convertLead(overrides: Partial<ConvertLead['data']> = {}): ConvertLead {
  return {
    type: 'ConvertLead',
    data: { ...lead, customerId: CUSTOMER_ID, convertedAt: CONVERTED_AT, ...overrides },
  };
}

export function leadConverted(overrides: Partial<LeadConverted['data']> = {}): LeadConverted {
  return {
    type: 'marketing.LeadConverted',
    data: {
      leadId: LEAD_ID,
      customerId: CUSTOMER_ID,
      customerType: 'person',
      customerName: 'Jane Doe',
      contactName: 'Jane Doe',
      email: null,
      phone: null,
      sourceCampaignId: CAMPAIGN_ID,
      convertedAt: CONVERTED_AT,
      ...overrides,
    },
  };
}
