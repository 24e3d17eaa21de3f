import type { EventEnvelope } from '@crm/contracts';
import type { Projection } from '@crm/read-models';
import { evolveOpportunity, OPPORTUNITY_EVENT_TYPES, opportunityEventOf } from '../domain';
import { opportunityStateOf, opportunityViewOf, type OpportunityView } from './opportunity-view';

export const OPPORTUNITY_DIRECTORY_COLLECTION = 'sales-opportunities';

/** "Which deals are we working on, and where is each?" One document per opportunity, via `evolve`. */
export const opportunityDirectoryProjection: Projection<OpportunityView> = {
  name: 'sales-opportunities',
  collection: OPPORTUNITY_DIRECTORY_COLLECTION,
  handles: OPPORTUNITY_EVENT_TYPES,
  documentId: (event: EventEnvelope) => {
    const data = event.data as { readonly opportunityId?: unknown };
    return typeof data.opportunityId === 'string' ? data.opportunityId : null;
  },
  apply: (current, event) => {
    const opportunityEvent = opportunityEventOf(event);
    if (opportunityEvent === null) return null;
    const next = evolveOpportunity(opportunityStateOf(current, event.tenantId), opportunityEvent);
    return opportunityViewOf(next, event.streamVersion);
  },
};
