import type { OrderFact } from '../feature-store/order-facts.projection';
import { orderCounts } from '../feature-store/order-facts.projection';

export const SERIES_INTERVALS = ['day', 'week', 'month'] as const;
export type SeriesInterval = (typeof SERIES_INTERVALS)[number];
export const SERIES_DIMENSIONS = ['total', 'product', 'category', 'channel'] as const;
export type SeriesDimension = (typeof SERIES_DIMENSIONS)[number];

/** One regularly spaced sales series: a value for every period from the first sale to the last. */
export interface SalesSeries {
  readonly key: string;
  readonly periods: readonly string[];
  readonly values: Float64Array;
}

const DAY_MS = 86_400_000;

/** The period an instant falls in: `YYYY-MM-DD` (day), the Monday starting its ISO week, or `YYYY-MM`. */
export function periodKey(instant: string, interval: SeriesInterval): string {
  const at = new Date(instant);
  switch (interval) {
    case 'day':
      return at.toISOString().slice(0, 10);
    case 'week': {
      const sinceMonday = (at.getUTCDay() + 6) % 7;
      const monday = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()) - sinceMonday * DAY_MS;
      return new Date(monday).toISOString().slice(0, 10);
    }
    case 'month':
      return at.toISOString().slice(0, 7);
  }
}

/** The period `steps` after `period`. */
export function periodAfter(period: string, interval: SeriesInterval, steps = 1): string {
  if (interval === 'month') {
    const [year = 0, month = 1] = period.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1 + steps, 1)).toISOString().slice(0, 7);
  }
  const days = interval === 'week' ? 7 * steps : steps;
  return new Date(Date.parse(`${period}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Revenue per period of the orders that still count, per key of the dimension (SKU, category, channel,
 * or one `total` series); periods without sales are zeros, and every series spans the same periods.
 */
export function salesSeries(
  orders: readonly OrderFact[],
  by: SeriesDimension,
  interval: SeriesInterval,
): SalesSeries[] {
  const sums = new Map<string, Map<string, number>>();
  let first: string | null = null;
  let last: string | null = null;
  for (const order of orders) {
    if (!orderCounts(order)) continue;
    const period = periodKey(order.orderedAt, interval);
    if (first === null || period < first) first = period;
    if (last === null || period > last) last = period;
    for (const [key, value] of contributions(order, by)) {
      const byPeriod = sums.get(key) ?? new Map<string, number>();
      byPeriod.set(period, (byPeriod.get(period) ?? 0) + value);
      sums.set(key, byPeriod);
    }
  }
  if (first === null || last === null) return [];
  const periods: string[] = [];
  for (let period = first; period <= last; period = periodAfter(period, interval)) periods.push(period);
  return [...sums.entries()]
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([key, byPeriod]) => ({
      key,
      periods,
      values: Float64Array.from(periods, (period) => byPeriod.get(period) ?? 0),
    }));
}

function contributions(order: OrderFact, by: SeriesDimension): [string, number][] {
  switch (by) {
    case 'total':
      return [['total', order.total]];
    case 'channel':
      return [[order.channel, order.total]];
    case 'product':
      return order.lines.map((line) => [line.sku, line.lineTotal]);
    case 'category':
      return order.lines.map((line) => [line.category, line.lineTotal]);
  }
}
