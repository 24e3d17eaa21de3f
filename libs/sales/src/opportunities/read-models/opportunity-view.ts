import type { Money } from '../../shared/domain';
import type { OpportunityStage, OpportunityState, StagePeriod } from '../domain';

/** An opportunity as stored in the directory and returned by every command. */
export interface OpportunityView {
  readonly id: string;
  readonly customerId: string;
  readonly name: string;
  readonly amount: Money;
  readonly stage: OpportunityStage;
  readonly probability: number;
  readonly expectedCloseDate: string | null;
  readonly ownerId: string | null;
  readonly openedAt: string;
  readonly stageHistory: readonly StagePeriod[];
  readonly closed: boolean;
  readonly closedAt: string | null;
  readonly closeReason: string | null;
  /** Stream version this view reflects: the ETag. */
  readonly version: number;
}

export function opportunityViewOf(state: OpportunityState, version: number): OpportunityView | null {
  if (state.kind === 'none') return null;
  const { opportunityId, tenantId: _tenantId, closedAt, ...opportunity } = state.opportunity;
  return { id: opportunityId, ...opportunity, closed: closedAt !== null, closedAt, version };
}

/** The decider state a stored view stands for: lets the directory projection reuse `evolve`. */
export function opportunityStateOf(view: OpportunityView | null, tenantId: string): OpportunityState {
  if (view === null) return { kind: 'none' };
  const { id, closed: _closed, version: _version, ...opportunity } = view;
  return { kind: 'opened', opportunity: { ...opportunity, opportunityId: id, tenantId } };
}
