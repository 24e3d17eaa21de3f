import {
  SalesIntegrationEventTypes,
  type EventEnvelope,
  type OpportunityLostV1,
  type OpportunityOpenedV1,
  type OpportunityStageChangedV1,
  type OpportunityWonV1,
} from '@crm/contracts';
import { assertNever } from '@crm/core';
import type { IntegrationMessage } from '@crm/messaging';
import { opportunityEventOf } from '../domain';

/** Opportunity events as `sales.Opportunity*.v1`; null for any other event. */
export function toOpportunityIntegrationMessage(event: EventEnvelope): IntegrationMessage | null {
  const opportunityEvent = opportunityEventOf(event);
  if (opportunityEvent === null) return null;
  switch (opportunityEvent.type) {
    case 'sales.OpportunityOpened': {
      const { tenantId: _tenantId, ...opened } = opportunityEvent.data;
      const data: OpportunityOpenedV1 = opened;
      return { type: SalesIntegrationEventTypes.opportunityOpened, schemaVersion: 1, data };
    }
    case 'sales.OpportunityStageChanged': {
      const data: OpportunityStageChangedV1 = opportunityEvent.data;
      return { type: SalesIntegrationEventTypes.opportunityStageChanged, schemaVersion: 1, data };
    }
    case 'sales.OpportunityWon': {
      const { opportunityId, customerId, amount, reason, wonAt } = opportunityEvent.data;
      const data: OpportunityWonV1 = { opportunityId, customerId, amount, reason, wonAt };
      return { type: SalesIntegrationEventTypes.opportunityWon, schemaVersion: 1, data };
    }
    case 'sales.OpportunityLost': {
      const { opportunityId, customerId, reason, lostAt } = opportunityEvent.data;
      const data: OpportunityLostV1 = { opportunityId, customerId, reason, lostAt };
      return { type: SalesIntegrationEventTypes.opportunityLost, schemaVersion: 1, data };
    }
    default:
      return assertNever(opportunityEvent);
  }
}
