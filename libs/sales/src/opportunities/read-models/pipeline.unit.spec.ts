import type { OpportunityView } from './opportunity-view';
import { pipelineOf } from './pipeline';

function opportunity(
  stage: OpportunityView['stage'],
  amount: string,
  overrides: Partial<OpportunityView> = {},
): OpportunityView {
  const probability = { lead: 0.1, qualified: 0.25, proposal: 0.5, negotiation: 0.75, won: 1, lost: 0 }[
    stage
  ];
  return {
    id: `${stage}-${amount}`,
    customerId: 'customer-1',
    name: 'Deal',
    amount: { amount, currency: 'EUR' },
    stage,
    probability,
    expectedCloseDate: null,
    ownerId: 'user-1',
    openedAt: '2025-01-01T00:00:00.000Z',
    stageHistory: [],
    closed: stage === 'won' || stage === 'lost',
    closedAt: null,
    closeReason: null,
    version: 1,
    ...overrides,
  };
}

describe(pipelineOf.name, () => {
  it('sums count, amount and weighted amount per open stage exactly, in stage order', () => {
    const pipeline = pipelineOf([
      opportunity('proposal', '0.10'),
      opportunity('lead', '0.10'),
      opportunity('lead', '0.20'),
      opportunity('proposal', '0.05'),
    ]);
    expect(pipeline.stages).toEqual([
      { stage: 'lead', currency: 'EUR', count: 2, amount: '0.30', weightedAmount: '0.03' },
      { stage: 'proposal', currency: 'EUR', count: 2, amount: '0.15', weightedAmount: '0.075' },
    ]);
    expect(pipeline.open).toEqual([{ currency: 'EUR', count: 4, amount: '0.45', weightedAmount: '0.105' }]);
  });

  it('never adds amounts of different currencies: one row per currency', () => {
    const pipeline = pipelineOf([
      opportunity('lead', '100.00'),
      opportunity('lead', '50.00', { amount: { amount: '50.00', currency: 'USD' } }),
    ]);
    expect(pipeline.stages.map((row) => [row.currency, row.amount])).toEqual([
      ['EUR', '100.00'],
      ['USD', '50.00'],
    ]);
  });

  it('groups open opportunities per owner and counts won and lost apart', () => {
    const pipeline = pipelineOf([
      opportunity('negotiation', '1000.00', { ownerId: 'user-2' }),
      opportunity('lead', '10.00', { ownerId: null }),
      opportunity('qualified', '200.00'),
      opportunity('won', '300.00'),
      opportunity('won', '0.01'),
      opportunity('lost', '99.99'),
    ]);
    expect(pipeline.owners).toEqual([
      { ownerId: null, currency: 'EUR', count: 1, amount: '10.00', weightedAmount: '1.00' },
      { ownerId: 'user-1', currency: 'EUR', count: 1, amount: '200.00', weightedAmount: '50.00' },
      { ownerId: 'user-2', currency: 'EUR', count: 1, amount: '1000.00', weightedAmount: '750.00' },
    ]);
    expect(pipeline.won).toEqual([{ currency: 'EUR', count: 2, amount: '300.01' }]);
    expect(pipeline.lost).toEqual([{ currency: 'EUR', count: 1, amount: '99.99' }]);
    expect(pipeline.open).toEqual([
      { currency: 'EUR', count: 3, amount: '1210.00', weightedAmount: '801.00' },
    ]);
  });

  it('is empty without opportunities', () => {
    expect(pipelineOf([])).toEqual({ stages: [], owners: [], open: [], won: [], lost: [] });
  });
});
