import { assertNever, type Decider } from '@crm/core';
import type { CaptureLead, ConvertLead, DisqualifyLead, LeadCommand, QualifyLead } from './lead.commands';
import { LeadError } from './lead.errors';
import type { LeadEvent } from './lead.events';
import { evolveLead, initialLeadState } from './lead.evolve';
import {
  normalizeLeadName,
  normalizeOptionalEmail,
  normalizeOptionalName,
  normalizeOptionalPhone,
  normalizeReason,
} from './lead-contact';
import type { Lead, LeadState } from './lead.state';
import { MAX_REASON_LENGTH } from './lead.values';

export function decideLead(command: LeadCommand, state: LeadState): LeadEvent[] {
  switch (command.type) {
    case 'CaptureLead':
      return captureLead(command, state);
    case 'QualifyLead':
      return qualifyLead(command, state);
    case 'DisqualifyLead':
      return disqualifyLead(command, state);
    case 'ConvertLead':
      return convertLead(command, state);
    default:
      return assertNever(command);
  }
}

/** The lead aggregate: one stream per lead, `marketing.lead-<id>`. */
export const leadDecider: Decider<LeadState, LeadCommand, LeadEvent> = {
  initialState: initialLeadState,
  evolve: evolveLead,
  decide: decideLead,
};

function captureLead(command: CaptureLead, state: LeadState): LeadEvent[] {
  const { data } = command;
  if (state.kind !== 'none') {
    throw new LeadError('LEAD.ALREADY_CAPTURED', `Lead ${data.leadId} already exists`);
  }
  if (data.sourceCampaign && !data.sourceCampaign.exists) {
    throw new LeadError(
      'LEAD.UNKNOWN_CAMPAIGN',
      `Campaign ${data.sourceCampaign.campaignId} does not exist`,
      'sourceCampaignId',
    );
  }
  return [
    {
      type: 'marketing.LeadCaptured',
      data: {
        leadId: data.leadId,
        tenantId: data.tenantId,
        name: normalizeLeadName(data.name, 'name'),
        email: normalizeOptionalEmail(data.email),
        phone: normalizeOptionalPhone(data.phone),
        company: normalizeOptionalName(data.company, 'company'),
        sourceCampaignId: data.sourceCampaign?.campaignId ?? null,
        capturedAt: data.capturedAt,
      },
    },
  ];
}

function qualifyLead(command: QualifyLead, state: LeadState): LeadEvent[] {
  const { tenantId, leadId, qualifiedAt } = command.data;
  const lead = openLead(state, tenantId, leadId);
  if (lead.status === 'qualified') {
    throw new LeadError('LEAD.ALREADY_QUALIFIED', `Lead ${leadId} is already qualified`);
  }
  const { sourceCampaignId } = lead;
  return [{ type: 'marketing.LeadQualified', data: { leadId, sourceCampaignId, qualifiedAt } }];
}

function disqualifyLead(command: DisqualifyLead, state: LeadState): LeadEvent[] {
  const { tenantId, leadId, disqualifiedAt } = command.data;
  const { sourceCampaignId } = openLead(state, tenantId, leadId);
  const reason = normalizeReason(command.data.reason, MAX_REASON_LENGTH);
  return [{ type: 'marketing.LeadDisqualified', data: { leadId, sourceCampaignId, reason, disqualifiedAt } }];
}

function convertLead(command: ConvertLead, state: LeadState): LeadEvent[] {
  const { tenantId, leadId, customerId, convertedAt } = command.data;
  const lead = openLead(state, tenantId, leadId);
  if (lead.status !== 'qualified') {
    throw new LeadError('LEAD.NOT_QUALIFIED', `Lead ${leadId} must be qualified before it is converted`);
  }
  const customerType = command.data.customerType ?? (lead.company === null ? 'person' : 'company');
  const customerName = customerType === 'company' ? (lead.company ?? lead.name) : lead.name;
  const { name: contactName, email, phone, sourceCampaignId } = lead;
  return [
    {
      type: 'marketing.LeadConverted',
      data: {
        ...{ leadId, customerId, customerType, customerName, contactName },
        ...{ email, phone, sourceCampaignId, convertedAt },
      },
    },
  ];
}

/**
 * The lead a command may move on: captured in the caller's tenant, neither disqualified nor converted.
 * Another tenant's lead is reported as not found, so ids never leak across tenants.
 */
function openLead(state: LeadState, tenantId: string, leadId: string): Lead {
  if (state.kind === 'none' || state.lead.tenantId !== tenantId) {
    throw new LeadError('LEAD.NOT_FOUND', `Lead ${leadId} does not exist`);
  }
  const { lead } = state;
  if (lead.status === 'disqualified') {
    throw new LeadError(
      'LEAD.DISQUALIFIED',
      `Lead ${leadId} was disqualified: ${lead.disqualifyReason ?? ''}`,
    );
  }
  if (lead.status === 'converted') {
    throw new LeadError(
      'LEAD.ALREADY_CONVERTED',
      `Lead ${leadId} was converted to customer ${lead.customerId ?? ''}`,
    );
  }
  return lead;
}
