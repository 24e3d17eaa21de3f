import { customerFeatures, dataTimeOf } from './customer-features';
import { buildOrderFact, buildSnapshot } from './feature-snapshot.builders';

describe(customerFeatures.name, () => {
  const snapshot = buildSnapshot({
    orders: [
      buildOrderFact({ orderId: 'o-1', orderedAt: '2026-01-01T00:00:00.000Z', total: 10 }),
      buildOrderFact({ orderId: 'o-2', orderedAt: '2026-01-05T00:00:00.000Z', total: 30 }),
      buildOrderFact({
        orderId: 'o-3',
        orderedAt: '2026-01-08T00:00:00.000Z',
        total: 99,
        status: 'returned',
      }),
      buildOrderFact({
        orderId: 'o-4',
        orderedAt: '2026-01-09T00:00:00.000Z',
        total: 5,
        status: 'placed',
        paid: false,
      }),
      buildOrderFact({ orderId: 'o-5', customerId: 'customer-2', orderedAt: '2026-01-11T00:00:00.000Z' }),
    ],
    cases: [
      {
        caseId: 'c-1',
        customerId: 'customer-1',
        openedAt: '2026-01-02T00:00:00.000Z',
        status: 'closed',
        breached: true,
        satisfaction: 2,
        closedAt: '2026-01-03T00:00:00.000Z',
      },
      {
        caseId: 'c-2',
        customerId: 'customer-1',
        openedAt: '2026-01-04T00:00:00.000Z',
        status: 'closed',
        breached: false,
        satisfaction: 5,
        closedAt: '2026-01-06T00:00:00.000Z',
      },
      {
        caseId: 'c-3',
        customerId: 'customer-1',
        openedAt: '2026-01-10T00:00:00.000Z',
        status: 'open',
        breached: false,
        satisfaction: null,
        closedAt: null,
      },
    ],
    responses: [{ campaignId: 'k-1', customerId: 'customer-1', responses: 3, conversions: 1 }],
  });

  it('takes RFM from paid orders that still count, net of returns, as of the data time', () => {
    const asOf = dataTimeOf(snapshot);
    expect(asOf.toISOString()).toBe('2026-01-11T00:00:00.000Z');
    const [first] = customerFeatures(snapshot, asOf);
    expect(first).toMatchObject({
      customerId: 'customer-1',
      conversions: 1,
      values: {
        recencyDays: 6,
        frequency: 2,
        monetary: 20,
        lifetimeValue: 40,
        tenureDays: 10,
        openCases: 1,
        breachedCases: 1,
        averageSatisfaction: 3.5,
        campaignResponses: 3,
      },
    });
  });

  it('leaves out orders placed after the as-of time', () => {
    const [first] = customerFeatures(snapshot, new Date('2026-01-03T00:00:00.000Z'));
    expect(first?.values).toMatchObject({ recencyDays: 2, frequency: 1, lifetimeValue: 10, tenureDays: 2 });
  });
});
