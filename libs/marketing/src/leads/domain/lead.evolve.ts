import { assertNever } from '@crm/core';
import type { LeadEvent } from './lead.events';
import type { Lead, LeadState } from './lead.state';

export function initialLeadState(): LeadState {
  return { kind: 'none' };
}

export function evolveLead(state: LeadState, event: LeadEvent): LeadState {
  switch (event.type) {
    case 'marketing.LeadCaptured':
      return {
        kind: 'captured',
        lead: {
          ...event.data,
          status: 'captured',
          qualifiedAt: null,
          disqualifiedAt: null,
          disqualifyReason: null,
          customerId: null,
          customerType: null,
          convertedAt: null,
        },
      };
    case 'marketing.LeadQualified':
      return withLead(state, (lead) => ({
        ...lead,
        status: 'qualified',
        qualifiedAt: event.data.qualifiedAt,
      }));
    case 'marketing.LeadDisqualified':
      return withLead(state, (lead) => ({
        ...lead,
        status: 'disqualified',
        disqualifiedAt: event.data.disqualifiedAt,
        disqualifyReason: event.data.reason,
      }));
    case 'marketing.LeadConverted':
      return withLead(state, (lead) => ({
        ...lead,
        status: 'converted',
        customerId: event.data.customerId,
        customerType: event.data.customerType,
        convertedAt: event.data.convertedAt,
      }));
    default:
      return assertNever(event);
  }
}

function withLead(state: LeadState, change: (lead: Lead) => Lead): LeadState {
  return state.kind === 'none' ? state : { kind: 'captured', lead: change(state.lead) };
}
