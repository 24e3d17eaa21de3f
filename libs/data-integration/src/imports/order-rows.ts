import { ORDER_CHANNELS, ORDER_STATUSES, type OrderChannel, type OrderStatus } from '@crm/sales';
import type { ColumnSpec } from '../csv/csv-columns';
import type { CsvRow, RowProblem } from '../csv/csv-table';
import { oneOf, optionalCell, positiveIntegerCell, requiredCell, RowRejected } from '../csv/row-cells';

/** One row per order line; rows sharing an orderRef form one order. An export's totals are ignored. */
export const ORDER_COLUMNS: ColumnSpec = {
  required: ['orderRef', 'customerRef', 'orderedAt', 'channel', 'sku', 'quantity', 'unitPrice', 'currency'],
  optional: ['status', 'ownerId', 'productName', 'category', 'lineTotal', 'orderTotal'],
};

/** What every line of one order must agree on. */
const ORDER_FIELDS = ['customerRef', 'orderedAt', 'channel', 'currency', 'status', 'ownerId'] as const;

export interface OrderLineRow {
  readonly row: number;
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice: string;
  /** Name and category for a product created from this line (createMissing). */
  readonly productName: string | undefined;
  readonly category: string | undefined;
}

/** The rows of one orderRef, read and checked for agreement, not yet resolved. */
export interface OrderOfRows {
  readonly orderRef: string;
  readonly customerRef: string;
  readonly orderedAt: string;
  readonly channel: OrderChannel;
  readonly currency: string;
  readonly status: OrderStatus;
  readonly ownerId: string | null;
  readonly lines: readonly OrderLineRow[];
}

export interface GroupedOrders {
  readonly orders: readonly OrderOfRows[];
  /**
   * Orders refused while reading (a bad cell, lines that disagree on the order's fields) with the
   * problem of each of their rows; a row without an orderRef is refused alone, with no orderRef.
   */
  readonly rejected: readonly { readonly orderRef?: string; readonly problems: readonly RowProblem[] }[];
}

/**
 * Groups rows by orderRef, in the order each ref first appears. An order is imported whole or not at
 * all: one bad row refuses every row of its order, the others with a pointer to the bad one.
 */
export function groupOrderRows(rows: readonly CsvRow[]): GroupedOrders {
  const byRef = new Map<string, CsvRow[]>();
  const rejected: { orderRef?: string; problems: RowProblem[] }[] = [];
  for (const row of rows) {
    const ref = optionalCell(row, 'orderRef');
    if (ref === undefined) {
      rejected.push({ problems: [{ row: row.row, field: 'orderRef', message: 'orderRef is required' }] });
      continue;
    }
    const group = byRef.get(ref);
    if (group === undefined) byRef.set(ref, [row]);
    else group.push(row);
  }
  const orders: OrderOfRows[] = [];
  for (const [orderRef, group] of byRef) {
    try {
      orders.push(orderOfRows(orderRef, group));
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
      rejected.push({ orderRef, problems: rejectOrder(orderRef, group, error.problem) });
    }
  }
  return { orders, rejected };
}

/** The problem on its own row, and on every other row of the order a pointer to it. */
export function rejectOrder(
  orderRef: string,
  rows: readonly { readonly row: number }[],
  problem: RowProblem,
): RowProblem[] {
  return [
    problem,
    ...rows
      .filter(({ row }) => row !== problem.row)
      .map(({ row }) => ({
        row,
        message: `Order ${orderRef} is not imported: row ${problem.row} is refused`,
      })),
  ];
}

function orderOfRows(orderRef: string, rows: readonly CsvRow[]): OrderOfRows {
  const [first, ...others] = rows as [CsvRow, ...CsvRow[]];
  for (const row of others) {
    for (const field of ORDER_FIELDS) {
      if ((optionalCell(row, field) ?? '') !== (optionalCell(first, field) ?? '')) {
        const message = `${field} differs from row ${first.row} of order ${orderRef}`;
        throw new RowRejected({ row: row.row, field, message });
      }
    }
  }
  return {
    orderRef,
    customerRef: requiredCell(first, 'customerRef'),
    orderedAt: requiredCell(first, 'orderedAt'),
    channel: oneOf(first, 'channel', ORDER_CHANNELS),
    currency: requiredCell(first, 'currency'),
    status: oneOf(first, 'status', ORDER_STATUSES, 'placed'),
    ownerId: optionalCell(first, 'ownerId') ?? null,
    lines: rows.map((row) => ({
      row: row.row,
      sku: requiredCell(row, 'sku'),
      quantity: positiveIntegerCell(row, 'quantity'),
      unitPrice: requiredCell(row, 'unitPrice'),
      productName: optionalCell(row, 'productName'),
      category: optionalCell(row, 'category'),
    })),
  };
}
