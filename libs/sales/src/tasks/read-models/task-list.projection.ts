import type { EventEnvelope } from '@crm/contracts';
import type { Projection } from '@crm/read-models';
import { evolveTask, TASK_EVENT_TYPES, taskEventOf, type TaskRelated, type TaskState } from '../domain/task';

export const TASK_LIST_COLLECTION = 'sales-tasks';

/** A task as the API shows it. */
export interface TaskView {
  readonly id: string;
  readonly title: string;
  readonly dueDate: string;
  readonly assigneeId: string;
  readonly related: TaskRelated | null;
  readonly done: boolean;
  readonly completedAt: string | null;
  readonly createdAt: string;
  readonly version: number;
}

export function taskViewOf(state: TaskState, version: number): TaskView | null {
  if (state.kind === 'none') return null;
  const { taskId, tenantId: _tenantId, completedAt, ...task } = state.task;
  return { id: taskId, ...task, done: completedAt !== null, completedAt, version };
}

function taskStateOf(view: TaskView | null, tenantId: string): TaskState {
  if (view === null) return { kind: 'none' };
  const { id, done: _done, version: _version, ...task } = view;
  return { kind: 'created', task: { ...task, taskId: id, tenantId } };
}

/** "What is due, and for whom?" One document per task, folded with the decider's own `evolve`. */
export const taskListProjection: Projection<TaskView> = {
  name: 'sales-tasks',
  collection: TASK_LIST_COLLECTION,
  handles: TASK_EVENT_TYPES,
  documentId: (event: EventEnvelope) => {
    const data = event.data as { readonly taskId?: unknown };
    return typeof data.taskId === 'string' ? data.taskId : null;
  },
  apply: (current, event) => {
    const taskEvent = taskEventOf(event);
    if (taskEvent === null) return null;
    return taskViewOf(evolveTask(taskStateOf(current, event.tenantId), taskEvent), event.streamVersion);
  },
};
