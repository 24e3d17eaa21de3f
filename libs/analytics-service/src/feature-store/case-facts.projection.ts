import {
  ServiceIntegrationEventTypes as Service,
  type CaseClosedV1,
  type CaseOpenedV1,
  type EventEnvelope,
} from '@crm/contracts';
import type { Projection } from '@crm/read-models';

export const CASE_FACTS_COLLECTION = 'analytics-case-facts';

export interface CaseFact {
  readonly caseId: string;
  readonly customerId: string;
  readonly openedAt: string;
  readonly status: 'open' | 'resolved' | 'closed';
  readonly breached: boolean;
  readonly satisfaction: number | null;
  readonly closedAt: string | null;
}

/** "Is this customer waiting on us, did we miss a promise, how happy were they?" One document per case. */
export const caseFactsProjection: Projection<CaseFact> = {
  name: 'analytics-case-facts',
  collection: CASE_FACTS_COLLECTION,
  handles: [
    Service.caseOpened,
    Service.caseResolved,
    Service.caseClosed,
    Service.caseReopened,
    Service.slaBreached,
  ],
  documentId: (event) => (event.data as { caseId: string }).caseId,
  apply: (current, event) => caseFactAfter(current, event),
};

function caseFactAfter(current: CaseFact | null, event: EventEnvelope): CaseFact | null {
  if (event.type === Service.caseOpened) {
    const opened = event.data as CaseOpenedV1;
    return (
      current ?? {
        caseId: opened.caseId,
        customerId: opened.customerId,
        openedAt: opened.openedAt,
        status: 'open',
        breached: false,
        satisfaction: null,
        closedAt: null,
      }
    );
  }
  if (current === null) return null;
  switch (event.type) {
    case Service.caseResolved:
      return { ...current, status: 'resolved' };
    case Service.caseClosed: {
      const closed = event.data as CaseClosedV1;
      return { ...current, status: 'closed', satisfaction: closed.satisfaction, closedAt: closed.closedAt };
    }
    case Service.caseReopened:
      return { ...current, status: 'open', closedAt: null };
    case Service.slaBreached:
      return { ...current, breached: true };
    default:
      return null;
  }
}
