import { stringify } from 'csv-stringify/sync';

export interface OrdersFile {
  readonly csv: string;
  readonly orders: number;
  readonly lines: number;
  readonly customers: number;
  readonly skus: number;
}

const HEADER = [
  'orderRef',
  'customerRef',
  'orderedAt',
  'channel',
  'sku',
  'quantity',
  'unitPrice',
  'currency',
  'status',
];
const CHANNELS = ['retail', 'e-commerce', 'direct', 'partner'];

/**
 * A deterministic orders file of `orders` orders of `linesPerOrder` lines: customers and SKUs cycled
 * so every customer orders several times and every SKU sells often, one order every 30 minutes from 2025-01-01,
 * most paid, some placed, shipped or cancelled.
 */
export function ordersFile(
  orders: number,
  linesPerOrder: number,
  customers: number,
  skus: number,
): OrdersFile {
  const rows: (string | number)[][] = [];
  const start = Date.parse('2025-01-01T00:00:00.000Z');
  const statuses = ['paid', 'paid', 'paid', 'shipped', 'placed', 'cancelled'];
  for (let order = 0; order < orders; order++) {
    const orderRef = `BENCH-O-${order}`;
    const customerRef = `BENCH-C-${order % customers}`;
    const orderedAt = new Date(start + order * 1_800_000).toISOString();
    const channel = CHANNELS[order % CHANNELS.length] ?? 'retail';
    const status = statuses[order % statuses.length] ?? 'paid';
    for (let line = 0; line < linesPerOrder; line++) {
      const sku = `BENCH-SKU-${(order * linesPerOrder + line * 7) % skus}`;
      const price = `${1 + ((order + line) % 40)}.${String((order * 13 + line) % 100).padStart(2, '0')}`;
      rows.push([orderRef, customerRef, orderedAt, channel, sku, 1 + (line % 3), price, 'EUR', status]);
    }
  }
  // Distinct SKUs per order: the SKU step (7) and the line count never wrap within one order here.
  return {
    csv: stringify([[...HEADER], ...rows]),
    orders,
    lines: rows.length,
    customers: Math.min(customers, orders),
    skus: new Set(rows.map((row) => row[4])).size,
  };
}
