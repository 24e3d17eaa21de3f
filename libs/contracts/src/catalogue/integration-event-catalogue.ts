import {
  CUSTOMER_EVENTS_TOPIC,
  CustomerIntegrationEventTypes,
} from '../customer/customer-integration-events';
import {
  MARKETING_EVENTS_TOPIC,
  MarketingIntegrationEventTypes,
} from '../marketing/marketing-integration-events';
import { SALES_EVENTS_TOPIC, SalesIntegrationEventTypes } from '../sales/sales-integration-events';
import { SERVICE_EVENTS_TOPIC, ServiceIntegrationEventTypes } from '../service/service-integration-events';

export interface IntegrationEventEntry {
  /** `<context>.<EventName>.v<version>`, the `type` of the envelope and the Kafka `type` header. */
  readonly type: string;
  readonly summary: string;
}

export interface IntegrationTopic {
  readonly topic: string;
  readonly context: string;
  readonly description: string;
  readonly events: readonly IntegrationEventEntry[];
}

/**
 * Every integration event a context publishes, by topic: the source of the AsyncAPI document and of
 * the schema lock that stops an event from changing shape under its version. The payload of
 * `<context>.<Name>.v<N>` is the interface `<Name>V<N>` exported by `@crm/contracts`.
 */
export const INTEGRATION_TOPICS: readonly IntegrationTopic[] = [
  {
    topic: CUSTOMER_EVENTS_TOPIC,
    context: 'customer',
    description: 'Customers and their communication log. No contact details: ask the customer API.',
    events: [
      {
        type: CustomerIntegrationEventTypes.customerRegistered,
        summary: 'A person or company became a customer.',
      },
      {
        type: CustomerIntegrationEventTypes.customerUpdated,
        summary: 'Published fields of a customer changed.',
      },
      { type: CustomerIntegrationEventTypes.customerArchived, summary: 'A customer was archived.' },
      {
        type: CustomerIntegrationEventTypes.interactionLogged,
        summary: 'A conversation with a customer was logged.',
      },
      {
        type: CustomerIntegrationEventTypes.customerMerged,
        summary: 'A duplicate customer was merged into a survivor, which now carries its history.',
      },
    ],
  },
  {
    topic: SALES_EVENTS_TOPIC,
    context: 'sales',
    description: 'Product catalogue, opportunities and orders. Money is a decimal string with a currency.',
    events: [
      { type: SalesIntegrationEventTypes.productRegistered, summary: 'A product joined the catalogue.' },
      {
        type: SalesIntegrationEventTypes.productChanged,
        summary: 'A product changed (only changed fields).',
      },
      { type: SalesIntegrationEventTypes.opportunityOpened, summary: 'An opportunity entered the pipeline.' },
      {
        type: SalesIntegrationEventTypes.opportunityStageChanged,
        summary: 'An opportunity moved to another stage.',
      },
      { type: SalesIntegrationEventTypes.opportunityWon, summary: 'An opportunity was won.' },
      {
        type: SalesIntegrationEventTypes.opportunityLost,
        summary: 'An opportunity was lost, with the reason.',
      },
      {
        type: SalesIntegrationEventTypes.orderPlaced,
        summary: 'An order was placed, with its lines and exact total.',
      },
      {
        type: SalesIntegrationEventTypes.orderPaid,
        summary: 'An order was paid: its revenue counts from now.',
      },
      { type: SalesIntegrationEventTypes.orderShipped, summary: 'An order was shipped.' },
      {
        type: SalesIntegrationEventTypes.orderCancelled,
        summary: 'An order was cancelled (revenue taken back if paid).',
      },
      {
        type: SalesIntegrationEventTypes.orderReturned,
        summary: 'A shipped order came back: its revenue is taken back.',
      },
    ],
  },
  {
    topic: SERVICE_EVENTS_TOPIC,
    context: 'service',
    description: 'Service cases and their SLAs. No free text (descriptions, comments): ask the service API.',
    events: [
      {
        type: ServiceIntegrationEventTypes.caseOpened,
        summary: 'A case was opened, with its SLA due times.',
      },
      { type: ServiceIntegrationEventTypes.caseAssigned, summary: 'A case was assigned to someone.' },
      {
        type: ServiceIntegrationEventTypes.caseCommented,
        summary: 'A comment was added (whether it was the first response).',
      },
      { type: ServiceIntegrationEventTypes.caseResolved, summary: 'A case was resolved.' },
      {
        type: ServiceIntegrationEventTypes.caseClosed,
        summary: 'A case was closed with a satisfaction score 1..5.',
      },
      { type: ServiceIntegrationEventTypes.caseReopened, summary: 'A resolved or closed case was reopened.' },
      {
        type: ServiceIntegrationEventTypes.slaBreached,
        summary: 'A first-response or resolution target was missed.',
      },
    ],
  },
  {
    topic: MARKETING_EVENTS_TOPIC,
    context: 'marketing',
    description:
      'Campaigns, their responses and leads. Only LeadConverted carries contact details: the customer context registers the customer from it.',
    events: [
      { type: MarketingIntegrationEventTypes.campaignLaunched, summary: 'A campaign went live.' },
      { type: MarketingIntegrationEventTypes.campaignCompleted, summary: 'A campaign ended.' },
      {
        type: MarketingIntegrationEventTypes.campaignResponseRecorded,
        summary: 'A customer or lead responded to a campaign.',
      },
      {
        type: MarketingIntegrationEventTypes.leadCaptured,
        summary: 'A lead was captured, possibly from a campaign.',
      },
      { type: MarketingIntegrationEventTypes.leadQualified, summary: 'A lead was qualified.' },
      {
        type: MarketingIntegrationEventTypes.leadDisqualified,
        summary: 'A lead was disqualified, with the reason.',
      },
      {
        type: MarketingIntegrationEventTypes.leadConverted,
        summary: 'A lead became a customer, under the customer id it carries.',
      },
    ],
  },
];

/** `customer.CustomerRegistered.v1` → `CustomerRegisteredV1`, the payload interface's name. */
export function payloadTypeName(eventType: string): string {
  const match = /^[a-z-]+\.([A-Z][A-Za-z]*)\.v(\d+)$/.exec(eventType);
  if (!match) throw new Error(`Not an integration event type: ${eventType}`);
  return `${match[1] ?? ''}V${match[2] ?? ''}`;
}

export function allIntegrationEventTypes(): string[] {
  return INTEGRATION_TOPICS.flatMap((topic) => topic.events.map((event) => event.type));
}
