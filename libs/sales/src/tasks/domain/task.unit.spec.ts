import { DeciderSpec } from '@crm/testing';
import { taskDecider, type CreateTask, type TaskEvent } from './task';

const scope = { tenantId: 'tenant-1', taskId: 'task-1' };
const create = (overrides: Partial<CreateTask['data']> = {}): CreateTask => ({
  type: 'CreateTask',
  data: {
    ...scope,
    title: ' Call  back ',
    dueDate: '2025-03-01',
    assigneeId: 'user-1',
    related: { type: 'customer', id: 'customer-1' },
    createdAt: '2025-02-01T00:00:00.000Z',
    ...overrides,
  },
});
const created: TaskEvent = {
  type: 'sales.TaskCreated',
  data: {
    ...scope,
    title: 'Call back',
    dueDate: '2025-03-01',
    assigneeId: 'user-1',
    related: { type: 'customer', id: 'customer-1' },
    createdAt: '2025-02-01T00:00:00.000Z',
  },
};
const complete = {
  type: 'CompleteTask',
  data: { ...scope, completedAt: '2025-02-02T00:00:00.000Z' },
} as const;
const completed: TaskEvent = {
  type: 'sales.TaskCompleted',
  data: { taskId: 'task-1', completedAt: '2025-02-02T00:00:00.000Z' },
};

describe('taskDecider', () => {
  const given = DeciderSpec.for(taskDecider);

  it('creates a task with a normalised title, with or without a related record', () => {
    given([]).when(create()).then([created]);
    given([])
      .when(create({ related: null }))
      .then([{ ...created, data: { ...created.data, related: null } }]);
  });

  it.each(['2025-02-30', 'tomorrow', '2025-3-1'])('rejects the due date %s', (dueDate) => {
    given([]).when(create({ dueDate })).thenThrows('TASK.INVALID_DUE_DATE');
  });

  it('rejects a blank title and creating twice', () => {
    given([])
      .when(create({ title: ' ' }))
      .thenThrows('SALES.INVALID_TEXT');
    given([created]).when(create()).thenThrows('TASK.ALREADY_CREATED');
  });

  it('marks a task done once; a second time is TASK.ALREADY_DONE', () => {
    given([created]).when(complete).then([completed]);
    given([created, completed]).when(complete).thenThrows('TASK.ALREADY_DONE');
  });

  it("treats an unknown task, or another tenant's, as not found", () => {
    given([]).when(complete).thenThrows('TASK.NOT_FOUND');
    given([{ ...created, data: { ...created.data, tenantId: 'tenant-2' } }])
      .when(complete)
      .thenThrows('TASK.NOT_FOUND');
  });
});
