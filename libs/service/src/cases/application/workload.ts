import type { CaseView } from '../read-models/case-view';

/** One line of GET /cases/workload. */
export interface AssigneeWorkload {
  /** null: the cases nobody is assigned to yet. */
  readonly assigneeId: string | null;
  readonly open: number;
  readonly inProgress: number;
  readonly total: number;
  /** Of those, the cases with a breached SLA. */
  readonly breached: number;
}

/** Active cases per assignee, busiest first (ties by assignee id, unassigned last). */
export function workloadOf(cases: readonly CaseView[]): AssigneeWorkload[] {
  const byAssignee = new Map<string | null, { open: number; inProgress: number; breached: number }>();
  for (const current of cases) {
    const counts = byAssignee.get(current.assigneeId) ?? { open: 0, inProgress: 0, breached: 0 };
    if (current.status === 'open') counts.open += 1;
    if (current.status === 'in_progress') counts.inProgress += 1;
    if (current.breached) counts.breached += 1;
    byAssignee.set(current.assigneeId, counts);
  }
  return [...byAssignee.entries()]
    .map(([assigneeId, counts]) => ({ assigneeId, ...counts, total: counts.open + counts.inProgress }))
    .sort((left, right) => right.total - left.total || compareAssignees(left.assigneeId, right.assigneeId));
}

function compareAssignees(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return left < right ? -1 : 1;
}
