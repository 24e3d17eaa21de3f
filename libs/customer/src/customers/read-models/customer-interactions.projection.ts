import type { EventEnvelope } from '@crm/contracts';
import type { Projection } from '@crm/read-models';
import type { InteractionChannel, InteractionDirection, InteractionLogged } from '../domain';

export const CUSTOMER_INTERACTIONS_COLLECTION = 'customer-interactions';

/** One entry of a customer's communication log. */
export interface InteractionView {
  readonly id: string;
  readonly customerId: string;
  readonly channel: InteractionChannel;
  readonly direction: InteractionDirection;
  readonly subject: string;
  readonly notes: string | null;
  readonly outcome: string | null;
  readonly occurredAt: string;
  readonly loggedAt: string;
  readonly loggedBy: string;
}

/** "What did we talk about with this customer, newest first?" One document per interaction. */
export const customerInteractionsProjection: Projection<InteractionView> = {
  name: 'customer-interactions',
  collection: CUSTOMER_INTERACTIONS_COLLECTION,
  handles: ['customer.InteractionLogged'],
  documentId: (event: EventEnvelope) => (event.data as InteractionLogged['data']).interactionId,
  apply: (_current, event) =>
    interactionViewOf(event.data as InteractionLogged['data'], event.occurredAt, event.actor),
};

export function interactionViewOf(
  data: InteractionLogged['data'],
  loggedAt: string,
  loggedBy: string,
): InteractionView {
  return {
    id: data.interactionId,
    customerId: data.customerId,
    channel: data.channel,
    direction: data.direction,
    subject: data.subject,
    notes: data.notes,
    outcome: data.outcome,
    occurredAt: data.occurredAt,
    loggedAt,
    loggedBy,
  };
}
