import { EVENT_STORE, type EventStore } from '@crm/event-store';
import {
  CHECKPOINT_STORE,
  DOCUMENT_STORE,
  ProjectionRunner,
  type CheckpointStore,
  type DocumentStore,
} from '@crm/read-models';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { taskListProjection, type TaskView } from './task-list.projection';

/** Runs the task list for as long as the module lives. */
@Injectable()
export class TaskProjections implements OnModuleInit, OnModuleDestroy {
  readonly tasks: ProjectionRunner<TaskView>;

  constructor(
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(CHECKPOINT_STORE) checkpoints: CheckpointStore,
  ) {
    this.tasks = new ProjectionRunner({ projection: taskListProjection, eventStore, documents, checkpoints });
  }

  async onModuleInit(): Promise<void> {
    await this.tasks.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.tasks.stop();
  }
}
