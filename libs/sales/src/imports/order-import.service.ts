import { DomainError, sequenceDecider } from '@crm/core';
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
import type { RegisterProductInput } from '../products/application/product-command.service';
import { normalizeSku, type Product } from '../products/domain';
import type { CommandRequest } from '../shared/application/sales-requests';
import { ProductImportService } from './product-import.service';

// Fixed namespace of imported orders' ids; changing it would make a re-run import every order twice.
const IMPORTED_ORDER_NAMESPACE = '6f1e9a42-0c3b-4b8d-a5e7-93d2c41b8f05';
const importedOrderDecider = sequenceDecider(orderDecider);

/** A line of an imported order; name and category are for a product created from it (createMissing). */
export interface ImportedOrderLine extends OrderLineInput {
  readonly productName?: string;
  readonly category?: string;
}

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
  readonly lines: readonly ImportedOrderLine[];
}

export type OrderImportOutcome = 'imported' | 'existing';

/** Why an order was refused: the domain's field (`lines[2].quantity`), message and rule code. */
export interface OrderImportProblem {
  readonly field?: string;
  readonly message: string;
  readonly code?: string;
}

/** Per order of a batch, in its order: plain JSON, so a batch crosses the wire to sales-svc as is. */
export type OrderImportResult =
  | { readonly orderRef: string; readonly outcome: OrderImportOutcome }
  | { readonly orderRef: string; readonly outcome: 'rejected'; readonly problem: OrderImportProblem };

export interface OrderBatchImport {
  readonly results: readonly OrderImportResult[];
  /** Products registered for unknown SKUs (createMissing). */
  readonly productsCreated: number;
}

const CONCURRENCY = 64;
const DEFAULT_CATEGORY = 'uncategorized';

/**
 * Historical orders, for bulk import (decision 0026): placed and brought to their status in one
 * append, under a name-based id of (tenant, orderRef), so a re-run appends nothing.
 */
@Injectable()
export class OrderImportService {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly products: ProductImportService,
  ) {}

  /**
   * A batch of orders: their products looked up once (and created from their first line when
   * `createMissing`), then the orders appended, up to 64 at a time so the store commits them together.
   * An order a business rule refuses is reported with the rule, never thrown.
   */
  async importOrders(
    orders: readonly ImportedOrder[],
    createMissing: boolean,
    request: CommandRequest,
  ): Promise<OrderBatchImport> {
    const wanted = orders.flatMap((order) => order.lines.map((line) => productOf(line, order.currency)));
    const { catalogue, missing, created } = await this.products.resolve(wanted, createMissing, request);
    const results: OrderImportResult[] = new Array<OrderImportResult>(orders.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < orders.length) {
        const index = next++;
        const order = orders[index] as ImportedOrder;
        results[index] = await this.settle(order, catalogue, missing, request);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, orders.length) }, worker));
    return { results, productsCreated: created };
  }

  private async settle(
    order: ImportedOrder,
    catalogue: ReadonlyMap<string, Product>,
    missing: ReadonlyMap<string, string>,
    request: CommandRequest,
  ): Promise<OrderImportResult> {
    const { orderRef } = order;
    const absent = order.lines.findIndex((line) => missing.has(normalizeSku(line.sku)));
    if (absent >= 0) {
      const message = missing.get(normalizeSku(order.lines[absent]?.sku ?? '')) ?? 'Unknown SKU';
      return { orderRef, outcome: 'rejected', problem: { field: `lines[${absent}].sku`, message } };
    }
    try {
      return { orderRef, outcome: await this.importOrder(order, catalogue, request) };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const [first] = error.fields;
      const problem = first
        ? { field: first.field, message: first.message, code: error.code }
        : { message: error.message, code: error.code };
      return { orderRef, outcome: 'rejected', problem };
    }
  }

  /** `catalogue` holds the products of the order's SKUs (normalised). Domain errors propagate. */
  private async importOrder(
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
function productOf(line: ImportedOrderLine, currency: string): RegisterProductInput {
  return {
    sku: line.sku,
    name: line.productName ?? line.sku,
    category: line.category ?? DEFAULT_CATEGORY,
    price: line.unitPrice ?? { amount: '0.00', currency },
  };
}

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
