import { sumOfAmounts } from './money-sum';
import { compareGroups, type GroupSummary } from '@crm/analytics';
import type { FeatureSnapshot } from '../feature-store/feature-snapshot';
import { orderCounts, type OrderFact } from '../feature-store/order-facts.projection';
import { periodKey, type SeriesInterval } from '../forecasts/sales-series';
import { inRange, type DateRange } from './date-range';

export const COMPARE_METRICS = ['revenue', 'orders', 'averageOrderValue', 'quantity'] as const;
export type CompareMetric = (typeof COMPARE_METRICS)[number];
export const COMPARE_DIMENSIONS = ['channel', 'region', 'product', 'category', 'period'] as const;
export type CompareDimension = (typeof COMPARE_DIMENSIONS)[number];

export interface GroupComparison {
  readonly group: string;
  /** The metric for the group: revenue and quantity summed, orders counted, order value averaged. */
  readonly value: number;
  /** The group's observations: orders (or order lines by product and category) and their statistics. */
  readonly statistics: GroupSummary;
}

interface Observation {
  readonly group: string;
  readonly orderId: string;
  readonly value: number;
  readonly quantity: number;
}

/**
 * A metric across one dimension over a date range. Channel, region and period compare whole orders;
 * product and category compare order lines (an order counts once in each group it has lines in).
 */
export function compareSales(
  snapshot: FeatureSnapshot,
  metric: CompareMetric,
  by: CompareDimension,
  range: DateRange,
  interval: SeriesInterval,
): GroupComparison[] {
  const regions = new Map(snapshot.profiles.map((profile) => [profile.customerId, profile.region]));
  const orders = snapshot.orders.filter((order) => orderCounts(order) && inRange(range, order.orderedAt));
  const observations = orders.flatMap((order) => observationsOf(order, by, interval, regions));
  const groups = compareGroups(
    observations.map((observation) => observation.group),
    observations.map((observation) => (metric === 'quantity' ? observation.quantity : observation.value)),
  );
  return groups.map((statistics) => {
    const inGroup = observations.filter((observation) => observation.group === statistics.group);
    const orderCount = new Set(inGroup.map((observation) => observation.orderId)).size;
    return { group: statistics.group, value: metricValue(metric, statistics, orderCount), statistics };
  });
}

function metricValue(metric: CompareMetric, statistics: GroupSummary, orderCount: number): number {
  switch (metric) {
    case 'revenue':
      // The group sum rounded to the ten-thousandths money has: no float residue.
      return sumOfAmounts([statistics.sum]);
    case 'quantity':
      return statistics.sum;
    case 'orders':
      return orderCount;
    case 'averageOrderValue':
      return orderCount === 0 ? 0 : statistics.sum / orderCount;
  }
}

function observationsOf(
  order: OrderFact,
  by: CompareDimension,
  interval: SeriesInterval,
  regions: ReadonlyMap<string, string | null>,
): Observation[] {
  const quantity = order.lines.reduce((total, line) => total + line.quantity, 0);
  const whole = (group: string): Observation[] => [
    { group, orderId: order.orderId, value: order.total, quantity },
  ];
  switch (by) {
    case 'channel':
      return whole(order.channel);
    case 'region':
      return whole(regions.get(order.customerId) ?? 'unknown');
    case 'period':
      return whole(periodKey(order.orderedAt, interval));
    case 'product':
    case 'category':
      return order.lines.map((line) => ({
        group: by === 'product' ? line.sku : line.category,
        orderId: order.orderId,
        value: line.lineTotal,
        quantity: line.quantity,
      }));
  }
}
