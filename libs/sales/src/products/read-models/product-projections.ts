import { EVENT_STORE, type EventStore } from '@crm/event-store';
import {
  CHECKPOINT_STORE,
  DOCUMENT_STORE,
  ProjectionRunner,
  type CheckpointStore,
  type DocumentStore,
} from '@crm/read-models';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { productCatalogueProjection } from './product-catalogue.projection';
import type { ProductView } from './product-view';

/** Runs the product read models for as long as the module lives. */
@Injectable()
export class ProductProjections implements OnModuleInit, OnModuleDestroy {
  readonly catalogue: ProjectionRunner<ProductView>;

  constructor(
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(CHECKPOINT_STORE) checkpoints: CheckpointStore,
  ) {
    this.catalogue = new ProjectionRunner({
      projection: productCatalogueProjection,
      eventStore,
      documents,
      checkpoints,
    });
  }

  async onModuleInit(): Promise<void> {
    await this.catalogue.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.catalogue.stop();
  }
}
