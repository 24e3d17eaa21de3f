import { randomUUID } from 'node:crypto';
import { EVENT_STORE, handleCommand, streamIdOf, type EventStore } from '@crm/event-store';
import {
  DOCUMENT_STORE,
  type DocumentCollection,
  type DocumentStore,
  type FieldCondition,
} from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import type {
  CommandRequest,
  CommandResult,
  ListResult,
  PageQuery,
} from '../../shared/application/sales-requests';
import { taskDecider, type CreateTask, type TaskCommand } from '../domain/task';
import { TASK_LIST_COLLECTION, taskViewOf, type TaskView } from '../read-models/task-list.projection';

export type CreateTaskInput = Omit<CreateTask['data'], 'tenantId' | 'taskId' | 'createdAt'>;

export interface TaskListQuery extends PageQuery {
  readonly assigneeId?: string;
  readonly done?: boolean;
  /** YYYY-MM-DD, exclusive: tasks due before this day. */
  readonly dueBefore?: string;
}

/** `sales.task-<uuid>`: one stream per task. */
export function taskStreamId(taskId: string): string {
  return streamIdOf('sales', 'task', taskId);
}

/** Task commands (load, decide, append) and the task list. */
@Injectable()
export class TaskService {
  private readonly tasks: DocumentCollection<TaskView>;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
  ) {
    this.tasks = documents.collection<TaskView>(TASK_LIST_COLLECTION);
  }

  create(input: CreateTaskInput, request: CommandRequest): Promise<CommandResult<TaskView>> {
    const now = new Date().toISOString();
    const data = { ...input, tenantId: request.metadata.tenantId, taskId: randomUUID(), createdAt: now };
    return this.execute({ type: 'CreateTask', data }, request, now, true);
  }

  complete(taskId: string, request: CommandRequest): Promise<CommandResult<TaskView>> {
    const now = new Date().toISOString();
    const data = { tenantId: request.metadata.tenantId, taskId, completedAt: now };
    return this.execute({ type: 'CompleteTask', data }, request, now);
  }

  /**
   * Soonest due first. The store has no range filter, so `dueBefore` cuts the ordered list: the first
   * task due on or after that day ends the listing (no further cursor).
   */
  async list(tenantId: string, query: TaskListQuery): Promise<ListResult<TaskView>> {
    const where: Record<string, FieldCondition> = {};
    if (query.assigneeId !== undefined) where['assigneeId'] = query.assigneeId;
    if (query.done !== undefined) where['done'] = query.done;
    const page = await this.tasks.find(tenantId, {
      where,
      orderBy: 'dueDate',
      direction: 'asc',
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    const items = page.items.map((document) => document.data);
    const { dueBefore } = query;
    if (dueBefore === undefined) return { items, nextCursor: page.nextCursor };
    const due = items.filter((task) => task.dueDate < dueBefore);
    return { items: due, nextCursor: due.length < items.length ? null : page.nextCursor };
  }

  private async execute(
    command: TaskCommand,
    request: CommandRequest,
    now: string,
    newStream = false,
  ): Promise<CommandResult<TaskView>> {
    const result = await handleCommand(
      this.eventStore,
      taskStreamId(command.data.taskId),
      taskDecider,
      command,
      {
        metadata: request.metadata,
        occurredAt: now,
        newEventId: randomUUID,
        newStream,
        ...(request.expectedVersion === undefined ? {} : { expectedVersion: request.expectedVersion }),
      },
    );
    const view = taskViewOf(result.newState, result.nextExpectedVersion);
    if (view === null) throw new Error(`Task ${command.data.taskId} has no state after ${command.type}`);
    return { view, version: result.nextExpectedVersion };
  }
}
