import { EVENT_STORE, type EventStore } from '@crm/event-store';
import {
  CHECKPOINT_STORE,
  DOCUMENT_STORE,
  ProjectionRunner,
  type CheckpointStore,
  type DocumentStore,
} from '@crm/read-models';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { opportunityDirectoryProjection } from './opportunity-directory.projection';
import type { OpportunityView } from './opportunity-view';

/** Runs the opportunity read models for as long as the module lives. */
@Injectable()
export class OpportunityProjections implements OnModuleInit, OnModuleDestroy {
  readonly directory: ProjectionRunner<OpportunityView>;

  constructor(
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(CHECKPOINT_STORE) checkpoints: CheckpointStore,
  ) {
    const stores = { eventStore, documents, checkpoints };
    this.directory = new ProjectionRunner({ projection: opportunityDirectoryProjection, ...stores });
  }

  async onModuleInit(): Promise<void> {
    await this.directory.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.directory.stop();
  }
}
