import { sequenceDecider } from '@crm/core';
import {
  EVENT_STORE,
  ExpectedVersionConflictError,
  handleCommand,
  nameBasedId,
  newId,
  type EventStore,
} from '@crm/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { orderStreamId } from '../orders/application/order-stream';
import { resolveOrderLines, type OrderLineInput } from '../orders/application/resolve-order-lines';
import { orderDecider, type OrderChannel, type OrderCommand, type OrderStatus } from '../orders/domain';
import type { Product } from '../products/domain';
import type { CommandRequest } from '../shared/application/sales-requests';

// Fixed namespace of imported orders' ids; changing it would make a re-run import every order twice.
const IMPORTED_ORDER_NAMESPACE = '6f1e9a42-0c3b-4b8d-a5e7-93d2c41b8f05';
const importedOrderDecider = sequenceDecider(orderDecider);

/** One order of an import file: the rows sharing an orderRef, resolved to a customer id. */
export interface ImportedOrder {
  readonly orderRef: string;
  readonly customerId: string;
  readonly channel: OrderChannel;
  readonly orderedAt: string;
  readonly currency: string;
  readonly ownerId: string | null;
  /** Where the order stands; the transitions to it are dated orderedAt (the file has no other date). */
  readonly status: OrderStatus;
  readonly lines: readonly OrderLineInput[];
}

export type OrderImportOutcome = 'imported' | 'existing';

/**
 * Historical orders, for bulk import (decision 0026): placed and brought to their status in one
 * append, under a name-based id of (tenant, orderRef), so a re-run appends nothing.
 */
@Injectable()
export class OrderImportService {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  /** `catalogue` holds the products of the order's SKUs (normalised). Domain errors propagate. */
  async importOrder(
    order: ImportedOrder,
    catalogue: ReadonlyMap<string, Product>,
    request: CommandRequest,
  ): Promise<OrderImportOutcome> {
    const orderId = importedOrderIdOf(request.metadata.tenantId, order.orderRef);
    const commands = commandsOf(order, orderId, resolveOrderLines(order.lines, catalogue), request);
    try {
      await handleCommand(this.eventStore, orderStreamId(orderId), importedOrderDecider, commands, {
        metadata: request.metadata,
        occurredAt: new Date().toISOString(),
        newEventId: newId,
        newStream: true,
      });
      return 'imported';
    } catch (error) {
      if (error instanceof ExpectedVersionConflictError) return 'existing';
      throw error;
    }
  }
}

/** The id an import gives the order with this reference. */
export function importedOrderIdOf(tenantId: string, orderRef: string): string {
  return nameBasedId(IMPORTED_ORDER_NAMESPACE, tenantId, orderRef.trim());
}

function commandsOf(
  order: ImportedOrder,
  orderId: string,
  lines: ReturnType<typeof resolveOrderLines>,
  request: CommandRequest,
): OrderCommand[] {
  const scope = { tenantId: request.metadata.tenantId, orderId };
  const at = order.orderedAt;
  const { customerId, channel, orderedAt, currency, ownerId } = order;
  const place: OrderCommand = {
    type: 'PlaceOrder',
    data: {
      ...scope,
      customerId,
      channel,
      orderedAt,
      currency,
      ownerId,
      lines,
      placedAt: new Date().toISOString(),
    },
  };
  const pay: OrderCommand = { type: 'PayOrder', data: { ...scope, paidAt: at } };
  const ship: OrderCommand = { type: 'ShipOrder', data: { ...scope, shippedAt: at } };
  switch (order.status) {
    case 'placed':
      return [place];
    case 'paid':
      return [place, pay];
    case 'shipped':
      return [place, pay, ship];
    case 'cancelled':
      return [place, { type: 'CancelOrder', data: { ...scope, reason: 'imported', cancelledAt: at } }];
    case 'returned':
      return [
        place,
        pay,
        ship,
        { type: 'ReturnOrder', data: { ...scope, reason: 'imported', returnedAt: at } },
      ];
  }
}
