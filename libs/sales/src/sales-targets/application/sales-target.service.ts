import { randomUUID } from 'node:crypto';
import { aggregateStreamAt, EVENT_STORE, handleCommand, streamIdOf, type EventStore } from '@crm/event-store';
import { DOCUMENT_STORE, type DocumentCollection, type DocumentStore } from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { ORDER_LIST_COLLECTION } from '../../orders/read-models/order-list.projection';
import type { OrderView } from '../../orders/read-models/order-view';
import type { CommandRequest } from '../../shared/application/sales-requests';
import { SalesError, type Money } from '../../shared/domain';
import {
  attainmentOf,
  salesTargetDecider,
  type Attainment,
  type SalesTargetState,
  type SetSalesTarget,
  type TargetPeriod,
} from '../domain';

export type SetSalesTargetInput = Omit<SetSalesTarget['data'], 'tenantId' | 'targetId' | 'setAt'>;

/** A sales target with how far its owner has come. */
export interface SalesTargetView {
  readonly id: string;
  readonly ownerId: string;
  readonly period: TargetPeriod;
  readonly amount: Money;
  readonly setAt: string;
  readonly attainment: Attainment;
  readonly version: number;
}

const ORDER_PAGE_SIZE = 500;

/**
 * Targets are read from their own stream (always current), attainment from the order read model at
 * query time: paid orders come and go (cancel, return), so a stored figure would need every order event.
 */
@Injectable()
export class SalesTargetService {
  private readonly orders: DocumentCollection<OrderView>;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
  ) {
    this.orders = documents.collection<OrderView>(ORDER_LIST_COLLECTION);
  }

  async set(input: SetSalesTargetInput, request: CommandRequest): Promise<SalesTargetView> {
    const now = new Date().toISOString();
    const { tenantId } = request.metadata;
    const data = { ...input, tenantId, targetId: randomUUID(), setAt: now };
    const result = await handleCommand(
      this.eventStore,
      targetStreamId(data.targetId),
      salesTargetDecider,
      {
        type: 'SetSalesTarget',
        data,
      },
      { metadata: request.metadata, occurredAt: now, newEventId: randomUUID, newStream: true },
    );
    return this.viewOf(tenantId, result.newState, result.nextExpectedVersion, data.targetId);
  }

  async get(tenantId: string, targetId: string): Promise<SalesTargetView> {
    const { state, version } = await aggregateStreamAt(
      this.eventStore,
      targetStreamId(targetId),
      salesTargetDecider,
    );
    return this.viewOf(tenantId, state, version, targetId);
  }

  private async viewOf(
    tenantId: string,
    state: SalesTargetState,
    version: number,
    targetId: string,
  ): Promise<SalesTargetView> {
    if (state.kind === 'none' || state.target.tenantId !== tenantId) {
      throw new SalesError('SALES_TARGET.NOT_FOUND', `Sales target ${targetId} does not exist`);
    }
    const { ownerId, period, amount, setAt } = state.target;
    const attainment = attainmentOf(state.target, await this.countedOrdersOf(tenantId, ownerId));
    return { id: targetId, ownerId, period, amount, setAt, attainment, version };
  }

  private async countedOrdersOf(tenantId: string, ownerId: string): Promise<OrderView[]> {
    const orders: OrderView[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.orders.find(tenantId, {
        where: { ownerId, status: { in: ['paid', 'shipped'] } },
        limit: ORDER_PAGE_SIZE,
        ...(cursor === undefined ? {} : { cursor }),
      });
      orders.push(...page.items.map((document) => document.data));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return orders;
  }
}

/** `sales.sales-target-<uuid>`: one stream per target. */
export function targetStreamId(targetId: string): string {
  return streamIdOf('sales', 'sales-target', targetId);
}
