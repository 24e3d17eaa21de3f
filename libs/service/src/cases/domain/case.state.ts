import type { CasePriority, CaseStatus, CaseType, SlaTarget } from './case.values';

/** One SLA clock: when it is due, when it stopped (response or resolution), whether it was breached. */
export interface SlaClock {
  readonly dueAt: string;
  /** When the response or resolution happened, in time or late; null while the clock runs. */
  readonly completedAt: string | null;
  readonly breached: boolean;
  /** When the breach was detected: by the scheduler, or by a late response or resolution. */
  readonly breachDetectedAt: string | null;
}

export interface CaseComment {
  readonly id: string;
  readonly authorId: string;
  readonly body: string;
  readonly public: boolean;
  readonly postedAt: string;
}

/** An opened case as the decider knows it. */
export interface Case {
  readonly caseId: string;
  readonly tenantId: string;
  readonly customerId: string;
  readonly caseType: CaseType;
  readonly priority: CasePriority;
  readonly subject: string;
  readonly description: string | null;
  readonly status: CaseStatus;
  readonly assigneeId: string | null;
  readonly openedAt: string;
  readonly slaTarget: SlaTarget;
  readonly firstResponse: SlaClock;
  readonly resolution: SlaClock;
  readonly resolutionText: string | null;
  readonly closedAt: string | null;
  readonly satisfaction: number | null;
  readonly feedback: string | null;
  readonly reopenCount: number;
  readonly comments: readonly CaseComment[];
}

export type CaseState = { readonly kind: 'none' } | { readonly kind: 'opened'; readonly case: Case };

/** A clock still counts down: not completed and not yet breached. */
export function isRunning(clock: SlaClock): boolean {
  return clock.completedAt === null && !clock.breached;
}
