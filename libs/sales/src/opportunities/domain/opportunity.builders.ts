import type { OpportunityCommand, OpenOpportunity } from './opportunity.commands';
import type { OpportunityEvent, OpportunityOpened } from './opportunity.events';

// Builders with defaults for specs: a test states only what it is about.
export const TENANT = 'tenant-1';
export const OPPORTUNITY_ID = '3c9e4b8a-6f1d-4a52-9d0e-1f2a3b4c5d6e';
export const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';
export const OPENED_AT = '2025-01-10T09:00:00.000Z';

const scope = { tenantId: TENANT, opportunityId: OPPORTUNITY_ID };

export function openOpportunity(overrides: Partial<OpenOpportunity['data']> = {}): OpenOpportunity {
  return {
    type: 'OpenOpportunity',
    data: {
      ...scope,
      customerId: CUSTOMER_ID,
      name: 'Fleet renewal',
      amount: { amount: '12000.00', currency: 'EUR' },
      ownerId: 'user-1',
      openedAt: OPENED_AT,
      ...overrides,
    },
  };
}

export function opportunityOpened(overrides: Partial<OpportunityOpened['data']> = {}): OpportunityOpened {
  return {
    type: 'sales.OpportunityOpened',
    data: {
      ...scope,
      customerId: CUSTOMER_ID,
      name: 'Fleet renewal',
      stage: 'lead',
      amount: { amount: '12000.00', currency: 'EUR' },
      probability: 0.1,
      expectedCloseDate: null,
      ownerId: 'user-1',
      openedAt: OPENED_AT,
      ...overrides,
    },
  };
}

export const changeStage = (
  stage: OpportunityOpened['data']['stage'] | 'won' | 'lost',
  changedAt = '2025-01-11T09:00:00.000Z',
): OpportunityCommand => ({
  type: 'ChangeOpportunityStage',
  data: { ...scope, stage, changedAt },
});

export const win = (reason?: string): OpportunityCommand => ({
  type: 'WinOpportunity',
  data: { ...scope, reason, wonAt: '2025-01-20T09:00:00.000Z' },
});

export const lose = (reason: string): OpportunityCommand => ({
  type: 'LoseOpportunity',
  data: { ...scope, reason, lostAt: '2025-01-20T09:00:00.000Z' },
});

export const won: OpportunityEvent = {
  type: 'sales.OpportunityWon',
  data: {
    opportunityId: OPPORTUNITY_ID,
    customerId: CUSTOMER_ID,
    from: 'lead',
    amount: { amount: '12000.00', currency: 'EUR' },
    reason: null,
    wonAt: '2025-01-20T09:00:00.000Z',
  },
};

export const lost: OpportunityEvent = {
  type: 'sales.OpportunityLost',
  data: {
    opportunityId: OPPORTUNITY_ID,
    customerId: CUSTOMER_ID,
    from: 'lead',
    reason: 'Budget cut',
    lostAt: '2025-01-20T09:00:00.000Z',
  },
};
