import { buildOrderFact, buildSnapshot } from '../feature-store/feature-snapshot.builders';
import { churnDataset, customersToScore } from './churn-dataset';
import { trainChurnModel } from './churn-model';
import { churnRisks } from './churn-risk';

const DAY_MS = 86_400_000;
const last = Date.parse('2026-03-31T00:00:00.000Z');

// Ten customers keep ordering weekly; ten stopped 40 to 58 days before the last order.
function history() {
  const orders = [];
  for (let customer = 0; customer < 20; customer++) {
    const stoppedDaysAgo = customer < 10 ? customer % 3 : 40 + 2 * customer - 20;
    for (let daysAgo = 90; daysAgo >= stoppedDaysAgo; daysAgo -= 7) {
      orders.push(
        buildOrderFact({
          orderId: `o-${customer}-${daysAgo}`,
          customerId: `customer-${String(customer).padStart(2, '0')}`,
          orderedAt: new Date(last - daysAgo * DAY_MS).toISOString(),
          total: 10 + customer,
        }),
      );
    }
  }
  return buildSnapshot({ orders });
}

describe(trainChurnModel.name, () => {
  const snapshot = history();
  const dataset = churnDataset(snapshot, 30);

  it('labels as churned who bought before the cut-off and nothing since', () => {
    // Orders fall every 7 days from 90 days back, so the latest is 6 days before `last`.
    expect(dataset.cutoff).toBe('2026-02-23T00:00:00.000Z');
    expect(Array.from(dataset.labels)).toEqual([...Array<number>(10).fill(0), ...Array<number>(10).fill(1)]);
  });

  it.each(['logistic', 'svm'] as const)(
    '%s separates stayers from churners, cross-validated',
    (algorithm) => {
      const model = trainChurnModel(dataset, algorithm, 1, 30);
      expect(model).toMatchObject({ algorithm, customers: 20, churned: 10 });
      expect(model.rocAuc.folds).toHaveLength(5);
      expect(model.rocAuc.mean).toBeGreaterThan(0.9);
      const { customers, features } = customersToScore(snapshot);
      const risks = churnRisks(model, customers, features, 0.5);
      expect(new Set(risks.slice(0, 10).map((risk) => risk.customerId))).toEqual(
        new Set(Array.from({ length: 10 }, (_, index) => `customer-${10 + index}`)),
      );
      expect(risks[0]?.drivers[0]?.feature).toBe('recencyDays');
    },
  );

  it('refuses to train when everyone churned', () => {
    const stale = buildSnapshot({ orders: [buildOrderFact({ orderedAt: '2026-01-01T00:00:00.000Z' })] });
    expect(() => trainChurnModel(churnDataset(stale, 1), 'logistic', 1, 1)).toThrow(/at least 2 customers/);
  });
});
