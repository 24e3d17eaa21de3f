import type {
  Case,
  CaseComment,
  CasePriority,
  CaseState,
  CaseStatus,
  CaseType,
  SlaClock,
  SlaTarget,
} from '../domain';

/** A case as the API shows it: the body of GET /cases/:id and of every command response. */
export interface CaseView {
  readonly id: string;
  readonly customerId: string;
  readonly type: CaseType;
  readonly priority: CasePriority;
  readonly subject: string;
  readonly description: string | null;
  readonly status: CaseStatus;
  readonly assigneeId: string | null;
  readonly openedAt: string;
  readonly sla: {
    readonly target: SlaTarget;
    readonly firstResponse: SlaClock;
    readonly resolution: SlaClock;
  };
  /** Either SLA clock was breached: what `?breached=` filters on. */
  readonly breached: boolean;
  readonly resolution: string | null;
  readonly resolvedAt: string | null;
  readonly closedAt: string | null;
  readonly satisfaction: number | null;
  readonly feedback: string | null;
  readonly reopenCount: number;
  readonly comments: readonly CaseComment[];
  /** Stream version this view reflects: the ETag. */
  readonly version: number;
}

/** The view of a decided state; null while no case was opened. */
export function caseViewOf(state: CaseState, version: number): CaseView | null {
  if (state.kind === 'none') return null;
  const current = state.case;
  return {
    id: current.caseId,
    customerId: current.customerId,
    type: current.caseType,
    priority: current.priority,
    subject: current.subject,
    description: current.description,
    status: current.status,
    assigneeId: current.assigneeId,
    openedAt: current.openedAt,
    sla: { target: current.slaTarget, firstResponse: current.firstResponse, resolution: current.resolution },
    breached: current.firstResponse.breached || current.resolution.breached,
    resolution: current.resolutionText,
    resolvedAt:
      current.status === 'resolved' || current.status === 'closed' ? current.resolution.completedAt : null,
    closedAt: current.closedAt,
    satisfaction: current.satisfaction,
    feedback: current.feedback,
    reopenCount: current.reopenCount,
    comments: current.comments,
    version,
  };
}

/** The decider state a stored view stands for: lets the directory projection reuse `evolve`. */
export function caseStateOf(view: CaseView | null, tenantId: string): CaseState {
  if (view === null) return { kind: 'none' };
  const current: Case = {
    caseId: view.id,
    tenantId,
    customerId: view.customerId,
    caseType: view.type,
    priority: view.priority,
    subject: view.subject,
    description: view.description,
    status: view.status,
    assigneeId: view.assigneeId,
    openedAt: view.openedAt,
    slaTarget: view.sla.target,
    firstResponse: view.sla.firstResponse,
    resolution: view.sla.resolution,
    resolutionText: view.resolution,
    closedAt: view.closedAt,
    satisfaction: view.satisfaction,
    feedback: view.feedback,
    reopenCount: view.reopenCount,
    comments: view.comments,
  };
  return { kind: 'opened', case: current };
}

/** A list entry: the case without its comments, which only GET /cases/:id carries. */
export type CaseSummary = Omit<CaseView, 'comments'> & { readonly commentCount: number };

export function caseSummaryOf(view: CaseView): CaseSummary {
  const { comments, ...summary } = view;
  return { ...summary, commentCount: comments.length };
}
