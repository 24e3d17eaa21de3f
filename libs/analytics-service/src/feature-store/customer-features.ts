import type { FeatureSnapshot } from './feature-snapshot';
import { orderCounts, type OrderFact } from './order-facts.projection';

export const CUSTOMER_FEATURES = [
  'recencyDays',
  'frequency',
  'monetary',
  'lifetimeValue',
  'tenureDays',
  'interactions',
  'openCases',
  'breachedCases',
  'averageSatisfaction',
  'campaignResponses',
] as const;

export type CustomerFeatureName = (typeof CUSTOMER_FEATURES)[number];

/** One customer's features; null where the history defines none (no paid order, no closed case). */
export interface CustomerFeatures {
  readonly customerId: string;
  readonly channel: string | null;
  readonly region: string | null;
  readonly interactionsByChannel: Readonly<Record<string, number>>;
  readonly conversions: number;
  readonly values: Readonly<Record<CustomerFeatureName, number | null>>;
}

const DAY_MS = 86_400_000;

/**
 * Features of every known customer as of `asOf`: RFM from paid orders placed by then that were not
 * cancelled or returned (recency in days since the latest, frequency their count, monetary their mean
 * value, lifetime value their sum), tenure from registration (else the first order), interactions,
 * open and breached cases, mean satisfaction of closed cases and campaign responses.
 */
export function customerFeatures(snapshot: FeatureSnapshot, asOf: Date): CustomerFeatures[] {
  const asOfMs = asOf.getTime();
  const orders = groupBy(
    snapshot.orders.filter((order) => Date.parse(order.orderedAt) <= asOfMs),
    (order) => order.customerId,
  );
  const cases = groupBy(snapshot.cases, (fact) => fact.customerId);
  const responses = groupBy(snapshot.responses, (fact) => fact.customerId);
  const profiles = new Map(snapshot.profiles.map((profile) => [profile.customerId, profile]));
  const customerIds = new Set([...profiles.keys(), ...orders.keys()]);
  return [...customerIds].sort().map((customerId) => {
    const profile = profiles.get(customerId);
    const customerOrders = orders.get(customerId) ?? [];
    const customerCases = cases.get(customerId) ?? [];
    const customerResponses = responses.get(customerId) ?? [];
    const paid = customerOrders.filter((order) => order.paid && orderCounts(order));
    const lifetimeValue = paid.reduce((total, order) => total + order.total, 0);
    const lastPaidAt = Math.max(...paid.map((order) => Date.parse(order.orderedAt)));
    // An imported customer is registered after the orders it brings: it was a customer from the first.
    const firstSeenAt = Math.min(
      profile ? Date.parse(profile.registeredAt) : Number.POSITIVE_INFINITY,
      ...customerOrders.map((order) => Date.parse(order.orderedAt)),
    );
    const satisfactions = customerCases.flatMap((fact) =>
      fact.satisfaction === null ? [] : [fact.satisfaction],
    );
    const interactionsByChannel = profile?.interactionsByChannel ?? {};
    return {
      customerId,
      channel: profile?.channel ?? firstChannel(customerOrders),
      region: profile?.region ?? null,
      interactionsByChannel,
      conversions: customerResponses.reduce((total, fact) => total + fact.conversions, 0),
      values: {
        recencyDays: paid.length === 0 ? null : (asOfMs - lastPaidAt) / DAY_MS,
        frequency: paid.length,
        monetary: paid.length === 0 ? 0 : lifetimeValue / paid.length,
        lifetimeValue,
        tenureDays: Number.isFinite(firstSeenAt) ? Math.max(0, (asOfMs - firstSeenAt) / DAY_MS) : 0,
        interactions: Object.values(interactionsByChannel).reduce((total, count) => total + count, 0),
        openCases: customerCases.filter((fact) => fact.status === 'open').length,
        breachedCases: customerCases.filter((fact) => fact.breached).length,
        averageSatisfaction:
          satisfactions.length === 0
            ? null
            : satisfactions.reduce((total, value) => total + value, 0) / satisfactions.length,
        campaignResponses: customerResponses.reduce((total, fact) => total + fact.responses, 0),
      },
    };
  });
}

/**
 * The data's "now": the latest order (else registration, else event) time, so that analyses of
 * imported or replayed history see it as it was, not as of the day it was loaded.
 */
export function dataTimeOf(snapshot: FeatureSnapshot): Date {
  const latest = (instants: readonly string[]) =>
    instants.reduce((max, instant) => Math.max(max, Date.parse(instant)), Number.NEGATIVE_INFINITY);
  const candidates = [
    latest(snapshot.orders.map((order) => order.orderedAt)),
    latest(snapshot.profiles.map((profile) => profile.registeredAt)),
    latest(snapshot.freshness.lastEventAt === null ? [] : [snapshot.freshness.lastEventAt]),
  ];
  return new Date(candidates.find((candidate) => Number.isFinite(candidate)) ?? 0);
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

function firstChannel(orders: readonly OrderFact[]): string | null {
  return orders[0]?.channel ?? null;
}
