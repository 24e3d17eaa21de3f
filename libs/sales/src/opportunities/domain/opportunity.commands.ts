import type { MoneyInput } from '../../shared/domain';
import type { OpportunityStage } from './opportunity.values';

interface OpportunityCommandData {
  readonly tenantId: string;
  readonly opportunityId: string;
}

export interface OpenOpportunity {
  readonly type: 'OpenOpportunity';
  readonly data: OpportunityCommandData & {
    readonly customerId: string;
    readonly name: string;
    readonly amount: MoneyInput;
    readonly stage?: OpportunityStage;
    /** YYYY-MM-DD. */
    readonly expectedCloseDate?: string | null;
    readonly ownerId: string | null;
    readonly probability?: number;
    readonly openedAt: string;
  };
}

export interface ChangeOpportunityStage {
  readonly type: 'ChangeOpportunityStage';
  readonly data: OpportunityCommandData & { readonly stage: OpportunityStage; readonly changedAt: string };
}

export interface WinOpportunity {
  readonly type: 'WinOpportunity';
  readonly data: OpportunityCommandData & { readonly reason?: string | null; readonly wonAt: string };
}

export interface LoseOpportunity {
  readonly type: 'LoseOpportunity';
  readonly data: OpportunityCommandData & { readonly reason: string; readonly lostAt: string };
}

export type OpportunityCommand = OpenOpportunity | ChangeOpportunityStage | WinOpportunity | LoseOpportunity;
