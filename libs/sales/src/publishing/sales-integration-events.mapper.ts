import type { EventEnvelope } from '@crm/contracts';
import type { IntegrationEventMapper, IntegrationMessage } from '@crm/messaging';
import { toOpportunityIntegrationMessage } from '../opportunities/publishing/opportunity-integration-events.mapper';
import { toOrderIntegrationMessage } from '../orders/publishing/order-integration-events.mapper';
import { toProductIntegrationMessage } from '../products/publishing/product-integration-events.mapper';

// Each aggregate maps only its own events (null otherwise); the first that recognises one wins.
const MAPPERS: readonly IntegrationEventMapper[] = [
  toProductIntegrationMessage,
  toOpportunityIntegrationMessage,
  toOrderIntegrationMessage,
];

/** The sales context's publishing policy on `crm.sales.events.v1`: the relay's (and in-process bus's) mapper. */
export function toSalesIntegrationMessage(event: EventEnvelope): IntegrationMessage | null {
  for (const mapper of MAPPERS) {
    const message = mapper(event);
    if (message !== null) return message;
  }
  return null;
}
