import type { CaseView } from '../read-models/case-view';
import { workloadOf } from './workload';

function active(assigneeId: string | null, status: 'open' | 'in_progress', breached = false): CaseView {
  return { assigneeId, status, breached } as CaseView;
}

describe(workloadOf.name, () => {
  it('counts open, in-progress and breached cases per assignee, busiest first, unassigned last on ties', () => {
    const cases = [
      active('agent-2', 'in_progress'),
      active(null, 'open', true),
      active('agent-1', 'in_progress', true),
      active('agent-2', 'open'),
      active('agent-1', 'open'),
      active(null, 'in_progress'),
      active('agent-3', 'open'),
    ];
    expect(workloadOf(cases)).toEqual([
      { assigneeId: 'agent-1', open: 1, inProgress: 1, total: 2, breached: 1 },
      { assigneeId: 'agent-2', open: 1, inProgress: 1, total: 2, breached: 0 },
      { assigneeId: null, open: 1, inProgress: 1, total: 2, breached: 1 },
      { assigneeId: 'agent-3', open: 1, inProgress: 0, total: 1, breached: 0 },
    ]);
  });

  it('is empty without active cases', () => {
    expect(workloadOf([])).toEqual([]);
  });
});
