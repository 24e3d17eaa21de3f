import type { CustomerSalesSummary } from './customer-sales-summary.projection';
import { addMoney } from './customer-sales-summary.projection';

/** What the customer's orders add up to, from the sales context's events (eventually consistent). */
export type CustomerSalesView = Omit<CustomerSalesSummary, 'customerId'>;

export const NO_SALES: CustomerSalesView = { lifetimeValue: [], orderCount: 0, lastOrderAt: null };

/**
 * One sales view over a customer and everyone merged into them: the sales context keeps sending
 * orders under the ids it knows, so lineage is added up when read, not copied when merged.
 */
export function salesAcrossLineage(summaries: readonly (CustomerSalesSummary | null)[]): CustomerSalesView {
  return summaries.reduce<CustomerSalesView>((total, summary) => {
    if (summary === null) return total;
    const lastOrderAt =
      total.lastOrderAt === null || (summary.lastOrderAt !== null && summary.lastOrderAt > total.lastOrderAt)
        ? summary.lastOrderAt
        : total.lastOrderAt;
    return {
      lifetimeValue: summary.lifetimeValue.reduce(
        (values, amount) => addMoney(values, amount, 1),
        [...total.lifetimeValue],
      ),
      orderCount: total.orderCount + summary.orderCount,
      lastOrderAt,
    };
  }, NO_SALES);
}
