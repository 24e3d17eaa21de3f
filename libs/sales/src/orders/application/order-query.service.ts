import {
  DOCUMENT_STORE,
  type DocumentCollection,
  type DocumentStore,
  type FieldCondition,
} from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { SalesReadModelBehindError } from '../../shared/application/read-model-behind.error';
import type { ListResult, PageQuery } from '../../shared/application/sales-requests';
import { SALES_SETTINGS, type SalesSettings } from '../../shared/application/sales-settings';
import { SalesError } from '../../shared/domain';
import type { OrderChannel, OrderStatus } from '../domain';
import { ORDER_LIST_COLLECTION } from '../read-models/order-list.projection';
import { OrderProjections } from '../read-models/order-projections';
import type { OrderView } from '../read-models/order-view';
import { orderStreamId } from './order-stream';

export interface OrderListQuery extends PageQuery {
  readonly customerId?: string;
  readonly status?: OrderStatus;
  readonly channel?: OrderChannel;
}

/** Reads of orders, always within the caller's tenant. */
@Injectable()
export class OrderQueryService {
  private readonly orders: DocumentCollection<OrderView>;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(SALES_SETTINGS) private readonly settings: SalesSettings,
    private readonly projections: OrderProjections,
  ) {
    this.orders = documents.collection<OrderView>(ORDER_LIST_COLLECTION);
  }

  async getById(tenantId: string, orderId: string, minVersion?: number): Promise<OrderView> {
    if (minVersion !== undefined) {
      const reached = await this.projections.orders.waitForStreamVersion(
        tenantId,
        orderId,
        orderStreamId(orderId),
        minVersion,
        this.settings.minVersionWaitMs,
      );
      if (!reached) throw new SalesReadModelBehindError(minVersion, 1);
    }
    const document = await this.orders.get(tenantId, orderId);
    if (!document) throw new SalesError('ORDER.NOT_FOUND', `Order ${orderId} does not exist`);
    return document.data;
  }

  /** Newest order first. */
  async list(tenantId: string, query: OrderListQuery): Promise<ListResult<OrderView>> {
    const where: Record<string, FieldCondition> = {};
    if (query.customerId !== undefined) where['customerId'] = query.customerId;
    if (query.status !== undefined) where['status'] = query.status;
    if (query.channel !== undefined) where['channel'] = query.channel;
    const page = await this.orders.find(tenantId, {
      where,
      orderBy: 'orderedAt',
      direction: 'desc',
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    return { items: page.items.map((document) => document.data), nextCursor: page.nextCursor };
  }
}
