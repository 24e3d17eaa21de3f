import type { DomainEvent } from '@crm/core';
import type { Money } from '../../shared/domain';
import type { OpenStage } from './opportunity.values';

export type OpportunityOpened = DomainEvent<
  'sales.OpportunityOpened',
  {
    readonly opportunityId: string;
    readonly tenantId: string;
    readonly customerId: string;
    readonly name: string;
    readonly stage: OpenStage;
    readonly amount: Money;
    readonly probability: number;
    readonly expectedCloseDate: string | null;
    readonly ownerId: string | null;
    readonly openedAt: string;
  }
>;

export type OpportunityStageChanged = DomainEvent<
  'sales.OpportunityStageChanged',
  {
    readonly opportunityId: string;
    readonly customerId: string;
    readonly from: OpenStage;
    readonly to: OpenStage;
    readonly probability: number;
    readonly changedAt: string;
  }
>;

export type OpportunityWon = DomainEvent<
  'sales.OpportunityWon',
  {
    readonly opportunityId: string;
    readonly customerId: string;
    readonly from: OpenStage;
    readonly amount: Money;
    readonly reason: string | null;
    readonly wonAt: string;
  }
>;

export type OpportunityLost = DomainEvent<
  'sales.OpportunityLost',
  {
    readonly opportunityId: string;
    readonly customerId: string;
    readonly from: OpenStage;
    readonly reason: string;
    readonly lostAt: string;
  }
>;

export type OpportunityEvent = OpportunityOpened | OpportunityStageChanged | OpportunityWon | OpportunityLost;

export const OPPORTUNITY_EVENT_TYPES: readonly OpportunityEvent['type'][] = [
  'sales.OpportunityOpened',
  'sales.OpportunityStageChanged',
  'sales.OpportunityWon',
  'sales.OpportunityLost',
];

/** The opportunity event a stored envelope holds, or null for any other event. */
export function opportunityEventOf(event: {
  readonly type: string;
  readonly data: unknown;
}): OpportunityEvent | null {
  if (!(OPPORTUNITY_EVENT_TYPES as readonly string[]).includes(event.type)) return null;
  // Opportunity streams only ever hold what this context's decider emitted.
  return { type: event.type, data: event.data } as OpportunityEvent;
}
