import type { Money } from '../../shared/domain';
import type { OpportunityStage, StagePeriod } from './opportunity.values';

export interface Opportunity {
  readonly opportunityId: string;
  readonly tenantId: string;
  readonly customerId: string;
  readonly name: string;
  readonly amount: Money;
  readonly stage: OpportunityStage;
  readonly probability: number;
  readonly expectedCloseDate: string | null;
  readonly ownerId: string | null;
  readonly openedAt: string;
  /** Oldest first; the last period is the current stage. */
  readonly stageHistory: readonly StagePeriod[];
  readonly closedAt: string | null;
  readonly closeReason: string | null;
}

export type OpportunityState =
  { readonly kind: 'none' } | { readonly kind: 'opened'; readonly opportunity: Opportunity };
