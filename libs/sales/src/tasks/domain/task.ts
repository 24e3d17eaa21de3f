import { assertNever, type Decider, type DomainEvent } from '@crm/core';
import { normalizeText, SalesError } from '../../shared/domain';

/** What a task is about: a customer, a deal, an order, a service case, or something else. */
export const TASK_RELATED_TYPES = ['customer', 'opportunity', 'order', 'case', 'other'] as const;
export type TaskRelatedType = (typeof TASK_RELATED_TYPES)[number];

export interface TaskRelated {
  readonly type: TaskRelatedType;
  readonly id: string;
}

export const MAX_TASK_TITLE_LENGTH = 200;

export interface CreateTask {
  readonly type: 'CreateTask';
  readonly data: {
    readonly tenantId: string;
    readonly taskId: string;
    readonly title: string;
    /** YYYY-MM-DD. */
    readonly dueDate: string;
    readonly assigneeId: string;
    readonly related?: TaskRelated | null;
    readonly createdAt: string;
  };
}

export interface CompleteTask {
  readonly type: 'CompleteTask';
  readonly data: { readonly tenantId: string; readonly taskId: string; readonly completedAt: string };
}

export type TaskCommand = CreateTask | CompleteTask;

export type TaskCreated = DomainEvent<
  'sales.TaskCreated',
  {
    readonly taskId: string;
    readonly tenantId: string;
    readonly title: string;
    readonly dueDate: string;
    readonly assigneeId: string;
    readonly related: TaskRelated | null;
    readonly createdAt: string;
  }
>;

export type TaskCompleted = DomainEvent<
  'sales.TaskCompleted',
  { readonly taskId: string; readonly completedAt: string }
>;

export type TaskEvent = TaskCreated | TaskCompleted;

export const TASK_EVENT_TYPES: readonly TaskEvent['type'][] = ['sales.TaskCreated', 'sales.TaskCompleted'];

export type Task = TaskCreated['data'] & { readonly completedAt: string | null };

export type TaskState = { readonly kind: 'none' } | { readonly kind: 'created'; readonly task: Task };

/** The task event a stored envelope holds, or null for any other event. */
export function taskEventOf(event: { readonly type: string; readonly data: unknown }): TaskEvent | null {
  if (!(TASK_EVENT_TYPES as readonly string[]).includes(event.type)) return null;
  // Task streams only ever hold what this context's decider emitted.
  return { type: event.type, data: event.data } as TaskEvent;
}

export function evolveTask(state: TaskState, event: TaskEvent): TaskState {
  switch (event.type) {
    case 'sales.TaskCreated':
      return { kind: 'created', task: { ...event.data, completedAt: null } };
    case 'sales.TaskCompleted':
      return state.kind === 'none'
        ? state
        : { kind: 'created', task: { ...state.task, completedAt: event.data.completedAt } };
    default:
      return assertNever(event);
  }
}

/** A follow-up for a salesperson: one stream per task, `sales.task-<id>`. */
export const taskDecider: Decider<TaskState, TaskCommand, TaskEvent> = {
  initialState: () => ({ kind: 'none' }),
  evolve: evolveTask,
  decide: (command, state) => {
    switch (command.type) {
      case 'CreateTask':
        return createTask(command, state);
      case 'CompleteTask': {
        const { tenantId, taskId, completedAt } = command.data;
        if (state.kind === 'none' || state.task.tenantId !== tenantId) {
          throw new SalesError('TASK.NOT_FOUND', `Task ${taskId} does not exist`);
        }
        if (state.task.completedAt !== null) {
          throw new SalesError('TASK.ALREADY_DONE', `Task ${taskId} was done at ${state.task.completedAt}`);
        }
        return [{ type: 'sales.TaskCompleted', data: { taskId, completedAt } }];
      }
      default:
        return assertNever(command);
    }
  },
};

function createTask(command: CreateTask, state: TaskState): TaskEvent[] {
  const { data } = command;
  if (state.kind !== 'none')
    throw new SalesError('TASK.ALREADY_CREATED', `Task ${data.taskId} already exists`);
  const related = data.related ?? null;
  return [
    {
      type: 'sales.TaskCreated',
      data: {
        taskId: data.taskId,
        tenantId: data.tenantId,
        title: normalizeText(data.title, 'title', MAX_TASK_TITLE_LENGTH),
        dueDate: normalizeDueDate(data.dueDate),
        assigneeId: normalizeText(data.assigneeId, 'assigneeId', 200),
        related: related && { type: related.type, id: normalizeText(related.id, 'related.id', 200) },
        createdAt: data.createdAt,
      },
    },
  ];
}

function normalizeDueDate(value: string): string {
  const date = value.trim();
  const parsed = new Date(`${date}T00:00:00.000Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(parsed.getTime()) ||
    !parsed.toISOString().startsWith(date)
  ) {
    throw new SalesError('TASK.INVALID_DUE_DATE', 'dueDate must be a date, YYYY-MM-DD', 'dueDate');
  }
  return date;
}
