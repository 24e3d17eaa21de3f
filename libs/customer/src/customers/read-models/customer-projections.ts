import { EVENT_STORE, type EventStore } from '@crm/event-store';
import {
  CHECKPOINT_STORE,
  DOCUMENT_STORE,
  ProjectionRunner,
  type CheckpointStore,
  type DocumentStore,
} from '@crm/read-models';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { customerDirectoryProjection } from './customer-directory.projection';
import { customerInteractionsProjection, type InteractionView } from './customer-interactions.projection';
import { customerTimelineProjection } from '../timeline/customer-timeline.projection';
import type { TimelineEntry } from '../timeline/timeline-entry';
import type { CustomerView } from './customer-view';
import { DuplicateDetectionRunner } from '../duplicates/duplicate-detection.runner';

/** Runs the customer read models for as long as the module lives. */
@Injectable()
export class CustomerProjections implements OnModuleInit, OnModuleDestroy {
  readonly directory: ProjectionRunner<CustomerView>;
  readonly interactions: ProjectionRunner<InteractionView>;
  readonly timeline: ProjectionRunner<TimelineEntry>;
  readonly duplicates: DuplicateDetectionRunner;

  constructor(
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(CHECKPOINT_STORE) checkpoints: CheckpointStore,
  ) {
    const stores = { eventStore, documents, checkpoints };
    this.directory = new ProjectionRunner({ projection: customerDirectoryProjection, ...stores });
    this.interactions = new ProjectionRunner({ projection: customerInteractionsProjection, ...stores });
    this.timeline = new ProjectionRunner({ projection: customerTimelineProjection, ...stores });
    this.duplicates = new DuplicateDetectionRunner(stores);
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([
      this.directory.start(),
      this.interactions.start(),
      this.timeline.start(),
      this.duplicates.start(),
    ]);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([
      this.directory.stop(),
      this.interactions.stop(),
      this.timeline.stop(),
      this.duplicates.stop(),
    ]);
  }
}
