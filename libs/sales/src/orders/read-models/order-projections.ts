import { EVENT_STORE, type EventStore } from '@crm/event-store';
import {
  CHECKPOINT_STORE,
  DOCUMENT_STORE,
  ProjectionRunner,
  type CheckpointStore,
  type DocumentStore,
} from '@crm/read-models';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { orderListProjection } from './order-list.projection';
import type { OrderView } from './order-view';

/** Runs the order read models for as long as the module lives. */
@Injectable()
export class OrderProjections implements OnModuleInit, OnModuleDestroy {
  readonly orders: ProjectionRunner<OrderView>;

  constructor(
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(CHECKPOINT_STORE) checkpoints: CheckpointStore,
  ) {
    this.orders = new ProjectionRunner({
      projection: orderListProjection,
      eventStore,
      documents,
      checkpoints,
    });
  }

  async onModuleInit(): Promise<void> {
    await this.orders.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.orders.stop();
  }
}
