import {
  SalesIntegrationEventTypes as Sales,
  type EventEnvelope,
  type OpportunityOpenedV1,
  type OpportunityStageChangedV1,
  type OpportunityStageV1,
} from '@crm/contracts';
import type { Projection } from '@crm/read-models';

export const OPPORTUNITY_FACTS_COLLECTION = 'analytics-opportunity-facts';

export interface OpportunityFact {
  readonly opportunityId: string;
  readonly customerId: string;
  readonly stage: OpportunityStageV1;
  readonly amount: number;
  readonly currency: string;
  readonly probability: number;
  readonly expectedCloseDate: string | null;
  readonly openedAt: string;
}

/** "What may the pipeline still bring in, and when?" One document per opportunity. */
export const opportunityFactsProjection: Projection<OpportunityFact> = {
  name: 'analytics-opportunity-facts',
  collection: OPPORTUNITY_FACTS_COLLECTION,
  handles: [
    Sales.opportunityOpened,
    Sales.opportunityStageChanged,
    Sales.opportunityWon,
    Sales.opportunityLost,
  ],
  documentId: (event) => (event.data as { opportunityId: string }).opportunityId,
  apply: (current, event) => opportunityFactAfter(current, event),
};

function opportunityFactAfter(current: OpportunityFact | null, event: EventEnvelope): OpportunityFact | null {
  if (event.type === Sales.opportunityOpened) {
    const opened = event.data as OpportunityOpenedV1;
    return (
      current ?? {
        opportunityId: opened.opportunityId,
        customerId: opened.customerId,
        stage: opened.stage,
        amount: Number(opened.amount.amount),
        currency: opened.amount.currency,
        probability: opened.probability,
        expectedCloseDate: opened.expectedCloseDate,
        openedAt: opened.openedAt,
      }
    );
  }
  if (current === null) return null;
  switch (event.type) {
    case Sales.opportunityStageChanged: {
      const changed = event.data as OpportunityStageChangedV1;
      return { ...current, stage: changed.to, probability: changed.probability };
    }
    case Sales.opportunityWon:
      return { ...current, stage: 'won', probability: 1 };
    case Sales.opportunityLost:
      return { ...current, stage: 'lost', probability: 0 };
    default:
      return null;
  }
}
