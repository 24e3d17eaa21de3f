import type { NumericMatrix } from '@crm/analytics';
import type { CustomerFeatureName, CustomerFeatures } from './customer-features';

/**
 * The chosen features as a row-major matrix, one row per customer. A missing value becomes the mean
 * of the column's present values (0 when none is present); a missing recency (no paid order yet)
 * becomes the customer's tenure, the longest they can have gone without buying.
 */
export function featureMatrix(
  customers: readonly CustomerFeatures[],
  features: readonly CustomerFeatureName[],
): NumericMatrix {
  const cols = features.length;
  const data = new Float64Array(customers.length * cols);
  features.forEach((feature, column) => {
    const present = customers.flatMap((customer) => {
      const value = customer.values[feature];
      return value === null ? [] : [value];
    });
    const fill =
      present.length === 0 ? 0 : present.reduce((total, value) => total + value, 0) / present.length;
    customers.forEach((customer, row) => {
      const value = customer.values[feature];
      const missing = feature === 'recencyDays' ? (customer.values.tenureDays ?? fill) : fill;
      data[row * cols + column] = value ?? missing;
    });
  });
  return { data, rows: customers.length, cols };
}
