import type { EventEnvelope } from '@crm/contracts';
import type { Projection } from '@crm/read-models';
import type { CustomerRegistered, InteractionLogged } from '../domain';
import { marketingTimelineMoments } from './marketing-timeline-moments';
import { salesTimelineMoments } from './sales-timeline-moments';
import { serviceTimelineMoments } from './service-timeline-moments';
import type { TimelineEntry, TimelineMoment } from './timeline-entry';

export const CUSTOMER_TIMELINE_COLLECTION = 'customer-timeline';

type MomentOf = (data: never) => TimelineMoment;

// The customer context's own moments come from its domain events; the others' from their topics.
const customerMoments: Readonly<Record<string, MomentOf>> = {
  'customer.CustomerRegistered': (data: CustomerRegistered['data']) => ({
    at: data.registeredAt,
    context: 'customer',
    summary: `Became a ${data.status} customer via ${data.channel}`,
    subject: { type: 'customer', id: data.customerId },
  }),
  'customer.InteractionLogged': (data: InteractionLogged['data']) => ({
    at: data.occurredAt,
    context: 'customer',
    summary: `${capitalised(data.channel)} (${data.direction}): ${data.subject}`,
    subject: { type: 'interaction', id: data.interactionId },
  }),
};

const moments: Readonly<Record<string, MomentOf>> = {
  ...customerMoments,
  ...salesTimelineMoments,
  ...marketingTimelineMoments,
  ...serviceTimelineMoments,
};

/**
 * "What has happened with this customer, anywhere?" One document per source event, so every context
 * adds its moments without touching another's; listed newest first by `at`.
 */
export const customerTimelineProjection: Projection<TimelineEntry> = {
  name: 'customer-timeline',
  collection: CUSTOMER_TIMELINE_COLLECTION,
  handles: Object.keys(moments),
  // An anonymous campaign response concerns no customer.
  documentId: (event) => ((event.data as { customerId?: string | null }).customerId ? event.id : null),
  apply: (_current, event) => timelineEntryOf(event),
};

export function timelineEntryOf(event: EventEnvelope): TimelineEntry | null {
  const momentOf = moments[event.type];
  if (momentOf === undefined) return null;
  const { customerId } = event.data as { customerId?: string | null };
  if (!customerId) return null;
  return { id: event.id, customerId, event: event.type, ...momentOf(event.data as never) };
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
