import { stringify } from 'csv-stringify/sync';
import { ORDER_COLUMNS } from '../imports/order-rows';

/** The grocery baskets as an orders file: what the import must take in full (9,835 orders). */
export interface GroceriesOrders {
  readonly csv: string;
  readonly orders: number;
  readonly lines: number;
  readonly skus: number;
}

const FIRST_ORDER_AT = Date.parse('2026-01-01T00:00:00.000Z');
/** 9,835 baskets, one every four minutes, span the data set's one month. */
const MINUTES_APART = 4;

/**
 * Converts `groceries.csv` (one basket per line, items comma-separated; arules' Groceries) to the
 * orders import format. The data set has no customers, times or prices, so the conversion states its
 * own: every basket is an order of the anonymous walk-in customer `POS-WALK-IN` through the retail
 * channel, paid, four minutes after the previous one from 2026-01-01; every item is one unit at
 * 1.00 EUR, so an order's total is its item count. The SKU is the item's name upper-cased with every
 * run of other characters than letters, digits, `.`, `_`, `/` and `-` made one `-`.
 */
export function groceriesOrdersCsv(groceries: string): GroceriesOrders {
  const baskets = groceries
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',').map((item) => item.trim()));
  const rows = baskets.flatMap((items, index) => {
    const orderRef = `G-${String(index + 1).padStart(5, '0')}`;
    const orderedAt = new Date(FIRST_ORDER_AT + index * MINUTES_APART * 60_000).toISOString();
    return items.map((item) => [
      orderRef,
      'POS-WALK-IN',
      orderedAt,
      'retail',
      skuOfItem(item),
      1,
      '1.00',
      'EUR',
      'paid',
      item,
      'groceries',
    ]);
  });
  const header = [...ORDER_COLUMNS.required, 'status', 'productName', 'category'];
  return {
    csv: stringify([header, ...rows]),
    orders: baskets.length,
    lines: rows.length,
    skus: new Set(rows.map((row) => row[4])).size,
  };
}

export function skuOfItem(item: string): string {
  return item
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9._/-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
