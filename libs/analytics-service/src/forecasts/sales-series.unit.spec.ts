import { buildOrderFact } from '../feature-store/feature-snapshot.builders';
import { periodAfter, periodKey, salesSeries } from './sales-series';
import { forecastSeries } from './series-forecast';

describe(salesSeries.name, () => {
  it('sums revenue per period and key, with zeros for periods without sales and returns left out', () => {
    const orders = [
      buildOrderFact({
        orderId: 'o-1',
        orderedAt: '2026-01-01T10:00:00.000Z',
        total: 4,
        lines: [
          { sku: 'A', category: 'dairy', quantity: 1, lineTotal: 1 },
          { sku: 'B', category: 'bakery', quantity: 1, lineTotal: 3 },
        ],
      }),
      buildOrderFact({ orderId: 'o-2', orderedAt: '2026-01-03T10:00:00.000Z', total: 2 }),
      buildOrderFact({
        orderId: 'o-3',
        orderedAt: '2026-01-03T11:00:00.000Z',
        total: 50,
        status: 'cancelled',
      }),
    ];
    expect(
      salesSeries(orders, 'category', 'day').map(({ key, periods, values }) => [
        key,
        periods,
        Array.from(values),
      ]),
    ).toEqual([
      ['bakery', ['2026-01-01', '2026-01-02', '2026-01-03'], [3, 0, 0]],
      ['dairy', ['2026-01-01', '2026-01-02', '2026-01-03'], [1, 0, 10]],
    ]);
  });

  it('keys weeks by their Monday and months by year and month', () => {
    expect(periodKey('2026-01-01T10:00:00.000Z', 'week')).toBe('2025-12-29');
    expect(periodKey('2026-01-01T10:00:00.000Z', 'month')).toBe('2026-01');
    expect(periodAfter('2025-12', 'month')).toBe('2026-01');
    expect(periodAfter('2025-12-29', 'week', 2)).toBe('2026-01-12');
  });
});

describe(forecastSeries.name, () => {
  it('continues a weekly pattern with intervals that widen, and back-tests it', () => {
    const pattern = [10, 12, 14, 13, 20, 30, 25];
    const values = Float64Array.from({ length: 56 }, (_, day) => (pattern[day % 7] ?? 0) + day * 0.1);
    const periods = Array.from({ length: 56 }, (_, day) => periodAfter('2026-01-01', 'day', day));
    const result = forecastSeries(
      { key: 'total', periods, values },
      { interval: 'day', horizon: 7, seasonLength: 7, confidence: 0.95 },
    );
    expect(result.forecast.map((point) => point.period)).toEqual(
      Array.from({ length: 7 }, (_, step) => periodAfter('2026-02-25', 'day', step + 1)),
    );
    expect(result.forecast[5]?.mean).toBeCloseTo(30 + 61 * 0.1, 0);
    const widths = result.forecast.map((point) => point.upper - point.lower);
    expect(widths[6]).toBeGreaterThanOrEqual(widths[0] ?? 0);
    expect(result.backtest?.holdout).toBe(7);
    expect(result.backtest?.mape).toBeLessThan(0.05);
  });
});
