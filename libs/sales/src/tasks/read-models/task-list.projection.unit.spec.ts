import { projectionSpec, PROJECTION_SPEC_TENANT } from '@crm/testing';
import { taskListProjection, type TaskView } from './task-list.projection';

const streamId = 'sales.task-task-1';
const createdData = {
  taskId: 'task-1',
  tenantId: PROJECTION_SPEC_TENANT,
  title: 'Call back',
  dueDate: '2025-03-01',
  assigneeId: 'user-1',
  related: { type: 'order', id: 'order-1' },
  createdAt: '2025-02-01T00:00:00.000Z',
};
const view: TaskView = {
  id: 'task-1',
  title: 'Call back',
  dueDate: '2025-03-01',
  assigneeId: 'user-1',
  related: { type: 'order', id: 'order-1' },
  done: false,
  completedAt: null,
  createdAt: '2025-02-01T00:00:00.000Z',
  version: 1,
};

describe('taskListProjection', () => {
  const spec = projectionSpec(taskListProjection);

  it('lists a created task, and marks it done exactly once', () => {
    spec
      .given({ type: 'sales.TaskCreated', streamId, data: createdData })
      .then([{ id: 'task-1', data: view }]);
    const completedAt = '2025-02-02T00:00:00.000Z';
    spec
      .given(
        { type: 'sales.TaskCreated', streamId, data: createdData },
        { type: 'sales.TaskCompleted', streamId, data: { taskId: 'task-1', completedAt } },
      )
      .then([{ id: 'task-1', data: { ...view, done: true, completedAt, version: 2 } }]);
  });

  it('ignores events of other aggregates', () => {
    spec.given({ type: 'sales.OrderPaid', streamId: 'sales.order-1', data: { taskId: 'x' } }).then([]);
  });
});
