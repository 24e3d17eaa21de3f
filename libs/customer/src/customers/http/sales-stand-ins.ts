import { SALES_EVENTS_TOPIC, SalesIntegrationEventTypes as Sales } from '@crm/contracts';
import { buildNewEvent, EVENT_STORE, type EventStore } from '@crm/event-store';
import { INTEGRATION_MAPPINGS, type IntegrationMappings } from '@crm/messaging';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * For specs, until the sales context is in the customer test app: sales-side events in the store,
 * published on crm.sales.events.v1 as the integration events they carry. Returns the appender.
 */
export function salesStandIns(
  app: NestFastifyApplication,
): (orderId: string, events: readonly { type: string; data: object }[]) => Promise<void> {
  app.get<IntegrationMappings>(INTEGRATION_MAPPINGS).register({
    topic: SALES_EVENTS_TOPIC,
    mapper: (event) =>
      event.type === 'test.SalesIntegrationEvent'
        ? { ...(event.data as { type: string; data: unknown }), schemaVersion: 1 }
        : null,
  });
  const store = app.get<EventStore>(EVENT_STORE);
  return async (orderId, events) => {
    await store.append(
      `sales.order-${orderId}`,
      events.map((event) =>
        buildNewEvent({ type: 'test.SalesIntegrationEvent', tenantId: 'default', data: event }),
      ),
      { expectedVersion: 'any' },
    );
  };
}

/** Reads until `done` holds (eventually consistent read models), at most about two seconds. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let round = 0; round < 100 && !done(value); round++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}

export interface PaidOrder {
  readonly orderId: string;
  readonly customerId: string;
  readonly channel: string;
  readonly orderedAt: string;
  readonly paidAt: string;
  readonly total: { readonly amount: string; readonly currency: string };
}

/** The sales integration events of an order placed and then paid. */
export function placedAndPaid(order: PaidOrder): { type: string; data: object }[] {
  const { orderId, customerId, channel, orderedAt, paidAt, total } = order;
  return [
    { type: Sales.orderPlaced, data: { orderId, customerId, channel, orderedAt, lines: [{}], total } },
    { type: Sales.orderPaid, data: { orderId, customerId, channel, total, paidAt } },
  ];
}
