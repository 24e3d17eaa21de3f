import { correlationMatrix, matrixColumns, type CorrelationMethod } from '@crm/analytics';
import type { CustomerFeatureName, CustomerFeatures } from '../feature-store/customer-features';
import { featureMatrix } from '../feature-store/feature-matrix';
import { AnalyticsError, withInputErrorsAsValidation } from '../shared/analytics-error';

export interface FeatureCorrelations {
  readonly method: CorrelationMethod;
  readonly metrics: readonly CustomerFeatureName[];
  readonly customers: number;
  /** [i][j] is the correlation of metrics i and j; null where one of them is constant. */
  readonly matrix: (number | null)[][];
}

/** Pairwise correlations of customer features (missing values filled as for segmentation). */
export function featureCorrelations(
  customers: readonly CustomerFeatures[],
  metrics: readonly CustomerFeatureName[],
  method: CorrelationMethod,
): FeatureCorrelations {
  if (customers.length < 2) {
    throw new AnalyticsError(
      'TOO_FEW_CUSTOMERS',
      'illegal-state',
      'Correlations need at least two customers',
    );
  }
  const columns = matrixColumns(featureMatrix(customers, metrics));
  const matrix = withInputErrorsAsValidation(() => correlationMatrix(columns, method));
  return { method, metrics, customers: customers.length, matrix };
}
