import { describeValues } from '@crm/analytics';
import type { FeatureSnapshot } from '../feature-store/feature-snapshot';
import { orderCounts } from '../feature-store/order-facts.projection';
import { inRange, type DateRange } from './date-range';
import { sumOfAmounts } from './money-sum';

export interface SalesSummary {
  readonly from: string | null;
  readonly to: string | null;
  /** Sum of the totals of orders placed in the range that were not cancelled or returned. */
  readonly revenue: number;
  readonly orders: number;
  readonly cancelledOrReturned: number;
  readonly averageOrderValue: {
    readonly mean: number | null;
    readonly median: number | null;
    readonly standardDeviation: number | null;
  };
  /** Distinct customers with an order in the range; all known customers; those registered in it. */
  readonly customers: { readonly ordering: number; readonly known: number; readonly registered: number };
  readonly cases: {
    readonly opened: number;
    readonly closed: number;
    readonly openNow: number;
    readonly breached: number;
  };
  /** Satisfaction (1..5) of the cases closed in the range. */
  readonly satisfaction: { readonly mean: number | null; readonly count: number };
}

/** Descriptive statistics of a date range: revenue, orders, order value, customers, cases, satisfaction. */
export function salesSummary(snapshot: FeatureSnapshot, range: DateRange): SalesSummary {
  const placed = snapshot.orders.filter((order) => inRange(range, order.orderedAt));
  const counted = placed.filter(orderCounts);
  const values = Float64Array.from(counted, (order) => order.total);
  const orderValue = describeValues(values);
  const closed = snapshot.cases.filter((fact) => fact.closedAt !== null && inRange(range, fact.closedAt));
  const satisfaction = describeValues(
    closed.flatMap((fact) => (fact.satisfaction === null ? [] : [fact.satisfaction])),
  );
  const known = new Set([
    ...snapshot.profiles.map((profile) => profile.customerId),
    ...snapshot.orders.map((order) => order.customerId),
  ]);
  return {
    from: range.from,
    to: range.to,
    revenue: sumOfAmounts(values),
    orders: counted.length,
    cancelledOrReturned: placed.length - counted.length,
    averageOrderValue: {
      mean: orderValue.mean,
      median: orderValue.median,
      standardDeviation: orderValue.standardDeviation,
    },
    customers: {
      ordering: new Set(counted.map((order) => order.customerId)).size,
      known: known.size,
      registered: snapshot.profiles.filter((profile) => inRange(range, profile.registeredAt)).length,
    },
    cases: {
      opened: snapshot.cases.filter((fact) => inRange(range, fact.openedAt)).length,
      closed: closed.length,
      openNow: snapshot.cases.filter((fact) => fact.status === 'open').length,
      breached: snapshot.cases.filter((fact) => fact.breached && inRange(range, fact.openedAt)).length,
    },
    satisfaction: { mean: satisfaction.mean, count: satisfaction.count },
  };
}
