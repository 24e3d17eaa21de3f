import { randomUUID } from 'node:crypto';
import { EVENT_STORE, handleCommand, type EventStore } from '@crm/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { ProductCatalogue } from '../../products/application/product-catalogue';
import type { CommandRequest, CommandResult } from '../../shared/application/sales-requests';
import { orderDecider, type OrderChannel, type OrderCommand } from '../domain';
import { orderViewOf, type OrderView } from '../read-models/order-view';
import { orderStreamId } from './order-stream';
import { resolveOrderLines, skuOf, type OrderLineInput } from './resolve-order-lines';

export interface PlaceOrderInput {
  readonly customerId: string;
  readonly channel: OrderChannel;
  readonly orderedAt?: string;
  readonly currency: string;
  readonly ownerId?: string | null;
  readonly lines: readonly OrderLineInput[];
}

type Transition = 'pay' | 'ship' | 'cancel' | 'return';

/** Resolve the catalogue, then load, decide, append. Ids, time and prices are supplied here. */
@Injectable()
export class OrderCommandService {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly catalogue: ProductCatalogue,
  ) {}

  async place(input: PlaceOrderInput, request: CommandRequest): Promise<CommandResult<OrderView>> {
    const { tenantId, actor } = request.metadata;
    const skus = input.lines.map((line, index) => skuOf(line.sku, `lines[${index}].sku`));
    const lines = resolveOrderLines(input.lines, await this.catalogue.lookup(tenantId, skus));
    const now = new Date().toISOString();
    const command: OrderCommand = {
      type: 'PlaceOrder',
      data: {
        tenantId,
        orderId: randomUUID(),
        customerId: input.customerId,
        channel: input.channel,
        orderedAt: input.orderedAt ?? now,
        currency: input.currency,
        // The salesperson credited with the order: the caller unless someone else is named (decision 0018).
        ownerId: input.ownerId === undefined ? actor : input.ownerId,
        lines,
        placedAt: now,
      },
    };
    return this.execute(command, request, now, true);
  }

  transition(
    orderId: string,
    transition: Transition,
    reason: string | null,
    request: CommandRequest,
  ): Promise<CommandResult<OrderView>> {
    const now = new Date().toISOString();
    const scope = { tenantId: request.metadata.tenantId, orderId };
    return this.execute(commandOf(transition, scope, reason, now), request, now);
  }

  private async execute(
    command: OrderCommand,
    request: CommandRequest,
    now: string,
    newStream = false,
  ): Promise<CommandResult<OrderView>> {
    const result = await handleCommand(
      this.eventStore,
      orderStreamId(command.data.orderId),
      orderDecider,
      command,
      {
        metadata: request.metadata,
        occurredAt: now,
        newEventId: randomUUID,
        newStream,
        ...(request.expectedVersion === undefined ? {} : { expectedVersion: request.expectedVersion }),
      },
    );
    const view = orderViewOf(result.newState, result.nextExpectedVersion);
    if (view === null) throw new Error(`Order ${command.data.orderId} has no state after ${command.type}`);
    return { view, version: result.nextExpectedVersion };
  }
}

function commandOf(
  transition: Transition,
  scope: { readonly tenantId: string; readonly orderId: string },
  reason: string | null,
  now: string,
): OrderCommand {
  switch (transition) {
    case 'pay':
      return { type: 'PayOrder', data: { ...scope, paidAt: now } };
    case 'ship':
      return { type: 'ShipOrder', data: { ...scope, shippedAt: now } };
    case 'cancel':
      return { type: 'CancelOrder', data: { ...scope, reason, cancelledAt: now } };
    case 'return':
      return { type: 'ReturnOrder', data: { ...scope, reason, returnedAt: now } };
  }
}
