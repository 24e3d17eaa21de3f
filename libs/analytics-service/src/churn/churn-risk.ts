import type { NumericMatrix } from '@crm/analytics';
import type { CustomerFeatureName, CustomerFeatures } from '../feature-store/customer-features';
import { decision, type ChurnModel } from './churn-model';

export interface ChurnDriver {
  readonly feature: CustomerFeatureName;
  readonly value: number;
  /** coefficient × standardised value: how much this feature pushes the risk up. */
  readonly contribution: number;
}

export interface ChurnRisk {
  readonly customerId: string;
  /** The logistic probability of churning; for the SVM, the logistic of its margin (a ranking, not calibrated). */
  readonly risk: number;
  readonly atRisk: boolean;
  readonly drivers: readonly ChurnDriver[];
}

const DRIVERS = 3;

/** Risk of each customer with the features that push it up most, highest risk first. */
export function churnRisks(
  model: ChurnModel,
  customers: readonly CustomerFeatures[],
  features: NumericMatrix,
  threshold: number,
): ChurnRisk[] {
  return customers
    .map((customer, row) => {
      const raw = features.data.subarray(row * features.cols, (row + 1) * features.cols);
      const standardised = Array.from(
        raw,
        (value, column) => (value - (model.means[column] ?? 0)) / (model.scales[column] ?? 1),
      );
      const risk = 1 / (1 + Math.exp(-decision(model.coefficients, model.intercept, standardised)));
      const drivers = model.features
        .map((feature, column) => ({
          feature,
          value: raw[column] ?? 0,
          contribution: (model.coefficients[column] ?? 0) * (standardised[column] ?? 0),
        }))
        .filter((driver) => driver.contribution > 0)
        .sort((left, right) => right.contribution - left.contribution)
        .slice(0, DRIVERS);
      return { customerId: customer.customerId, risk, atRisk: risk >= threshold, drivers };
    })
    .sort((left, right) => right.risk - left.risk || left.customerId.localeCompare(right.customerId));
}
