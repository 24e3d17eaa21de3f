import { EVENT_STORE, type EventStore } from '@crm/event-store';
import {
  CHECKPOINT_STORE,
  DOCUMENT_STORE,
  ProjectionRunner,
  type CheckpointStore,
  type DocumentStore,
} from '@crm/read-models';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { caseDirectoryProjection } from './case-directory.projection';
import type { CaseView } from './case-view';
import { slaWatchProjection, type SlaWatchEntry } from './sla-watch.projection';

/** Runs the service read models for as long as the module lives. */
@Injectable()
export class CaseProjections implements OnModuleInit, OnModuleDestroy {
  readonly directory: ProjectionRunner<CaseView>;
  readonly slaWatch: ProjectionRunner<SlaWatchEntry>;

  constructor(
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(CHECKPOINT_STORE) checkpoints: CheckpointStore,
  ) {
    const stores = { eventStore, documents, checkpoints };
    this.directory = new ProjectionRunner({ projection: caseDirectoryProjection, ...stores });
    this.slaWatch = new ProjectionRunner({ projection: slaWatchProjection, ...stores });
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([this.directory.start(), this.slaWatch.start()]);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.directory.stop(), this.slaWatch.stop()]);
  }
}
