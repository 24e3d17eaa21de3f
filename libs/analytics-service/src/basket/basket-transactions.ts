import { TransactionSet } from '@crm/analytics';
import { orderCounts, type OrderFact } from '../feature-store/order-facts.projection';

/** Each order that still counts is one transaction; each distinct SKU in it one item (design.md 7). */
export function basketTransactions(orders: readonly OrderFact[]): TransactionSet {
  return TransactionSet.fromBaskets(
    orders.filter(orderCounts).map((order) => [...new Set(order.lines.map((line) => line.sku))]),
  );
}

/** The distinct SKUs each customer has bought in orders that still count. */
export function skusByCustomer(orders: readonly OrderFact[]): Map<string, Set<string>> {
  const bought = new Map<string, Set<string>>();
  for (const order of orders) {
    if (!orderCounts(order)) continue;
    const skus = bought.get(order.customerId) ?? new Set<string>();
    for (const line of order.lines) skus.add(line.sku);
    bought.set(order.customerId, skus);
  }
  return bought;
}
