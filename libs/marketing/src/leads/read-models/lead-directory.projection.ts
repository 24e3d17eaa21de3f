import type { EventEnvelope } from '@crm/contracts';
import type { Projection } from '@crm/read-models';
import { LEAD_EVENT_TYPES, evolveLead, leadEventOf } from '../domain';
import { leadStateOf, leadViewOf, type LeadView } from './lead-view';

export const LEAD_DIRECTORY_COLLECTION = 'marketing-leads';

/**
 * "Which leads do we have, where did they come from, and what became of them?" One document per lead;
 * the performance figures read the converted leads of a campaign from here.
 */
export const leadDirectoryProjection: Projection<LeadView> = {
  name: 'marketing-leads',
  collection: LEAD_DIRECTORY_COLLECTION,
  handles: LEAD_EVENT_TYPES,
  documentId: (event: EventEnvelope) => {
    const data = event.data as { readonly leadId?: unknown };
    return typeof data.leadId === 'string' ? data.leadId : null;
  },
  apply: (current, event) => {
    const leadEvent = leadEventOf(event);
    if (leadEvent === null) return null;
    return leadViewOf(evolveLead(leadStateOf(current, event.tenantId), leadEvent), event.streamVersion);
  },
};
