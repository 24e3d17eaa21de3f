import type { NumericMatrix } from '@crm/analytics';
import {
  CUSTOMER_FEATURES,
  customerFeatures,
  dataTimeOf,
  type CustomerFeatureName,
  type CustomerFeatures,
} from '../feature-store/customer-features';
import { featureMatrix } from '../feature-store/feature-matrix';
import type { FeatureSnapshot } from '../feature-store/feature-snapshot';
import { orderCounts } from '../feature-store/order-facts.projection';

// Lifetime value is frequency × monetary: kept out so the weights stay readable as drivers.
export const CHURN_FEATURES: readonly CustomerFeatureName[] = CUSTOMER_FEATURES.filter(
  (feature) => feature !== 'lifetimeValue',
);

const DAY_MS = 86_400_000;

export interface ChurnDataset {
  /** Features as of the cut-off; the label says what happened in the window after it. */
  readonly cutoff: string;
  readonly until: string;
  readonly customers: readonly CustomerFeatures[];
  readonly features: NumericMatrix;
  /** 1 = churned: no paid order in the `windowDays` after the cut-off. */
  readonly labels: Float64Array;
}

/**
 * The label from history: customers who had bought by `windowDays` before the data's latest moment
 * are labelled churned when they bought nothing paid (and kept) since. Their features are as of the
 * cut-off, so the model learns from what was known then.
 */
export function churnDataset(snapshot: FeatureSnapshot, windowDays: number): ChurnDataset {
  const until = dataTimeOf(snapshot);
  const cutoff = new Date(until.getTime() - windowDays * DAY_MS);
  const customers = activeBuyers(customerFeatures(snapshot, cutoff));
  const boughtSince = new Set(
    snapshot.orders
      .filter((order) => order.paid && orderCounts(order) && Date.parse(order.orderedAt) > cutoff.getTime())
      .map((order) => order.customerId),
  );
  return {
    cutoff: cutoff.toISOString(),
    until: until.toISOString(),
    customers,
    features: featureMatrix(customers, CHURN_FEATURES),
    labels: Float64Array.from(customers, (customer) => (boughtSince.has(customer.customerId) ? 0 : 1)),
  };
}

/** The customers to score now: everyone who has bought, with features as of the data's latest moment. */
export function customersToScore(snapshot: FeatureSnapshot): {
  customers: CustomerFeatures[];
  features: NumericMatrix;
} {
  const customers = activeBuyers(customerFeatures(snapshot, dataTimeOf(snapshot)));
  return { customers, features: featureMatrix(customers, CHURN_FEATURES) };
}

function activeBuyers(customers: readonly CustomerFeatures[]): CustomerFeatures[] {
  return customers.filter((customer) => (customer.values.frequency ?? 0) > 0);
}
