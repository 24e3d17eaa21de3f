import { CustomerImportService, type CommandRequest, type ResolvedCustomerRefs } from '@crm/customer';
import { normalizeSku, OrderImportService, type ImportedOrder, type OrderImportResult } from '@crm/sales';
import { Injectable } from '@nestjs/common';
import type { CsvRow, RowProblem } from '../csv/csv-table';
import { problemOfDomainError } from './domain-problem';
import { IMPORT_CHUNK, type EntityImporter, type ImportOptions } from './entity-importer';
import type { ImportProgress } from './import-progress';
import { groupOrderRows, ORDER_COLUMNS, rejectOrder, type OrderOfRows } from './order-rows';

/**
 * The orders file: one row per order line, rows sharing an orderRef forming one order. Customers are
 * found by external ref (created first when `createMissing`), then the orders go to the sales context
 * a chunk at a time (which finds or creates their products), each order whole or not at all.
 */
@Injectable()
export class OrderFileImporter implements EntityImporter {
  readonly columns = ORDER_COLUMNS;

  constructor(
    private readonly customers: CustomerImportService,
    private readonly orders: OrderImportService,
  ) {}

  async importRows(
    rows: readonly CsvRow[],
    options: ImportOptions,
    request: CommandRequest,
    progress: ImportProgress,
  ): Promise<void> {
    const grouped = groupOrderRows(rows);
    for (const { orderRef, problems } of grouped.rejected) progress.rejected(problems, orderRef ? 1 : 0);
    const withSkus = grouped.orders.filter((order) => skusAreValid(order, progress));
    const customerIds = new Map<string, string | undefined>();
    for (let start = 0; start < withSkus.length; start += IMPORT_CHUNK) {
      const orders = withSkus.slice(start, start + IMPORT_CHUNK);
      // A chunk's new refs at a time: each call stays small, however many customers the file names.
      const refs = [...new Set(orders.map((order) => order.customerRef.trim()))].filter(
        (ref) => !customerIds.has(ref),
      );
      const customers: ResolvedCustomerRefs =
        refs.length === 0
          ? { ids: {}, unknown: [], created: 0 }
          : await this.customers.resolveRefs(refs, options.createMissing, request);
      for (const ref of refs) customerIds.set(ref, customers.ids[ref]);
      progress.createdMissing('customers', customers.created);
      const chunk: ImportedOrder[] = [];
      const rowsOf = new Map<string, OrderOfRows>();
      for (const order of orders) {
        const customerId = customerIds.get(order.customerRef.trim());
        if (customerId === undefined) {
          progress.rejected(rejectOrder(order.orderRef, order.lines, unknownCustomer(order)));
          continue;
        }
        rowsOf.set(order.orderRef, order);
        chunk.push(importedOrderOf(order, customerId));
      }
      const batch = await this.orders.importOrders(chunk, options.createMissing, request);
      progress.createdMissing('products', batch.productsCreated);
      for (const result of batch.results) settle(result, rowsOf.get(result.orderRef), progress);
      await progress.checkpoint();
    }
  }
}

function importedOrderOf(order: OrderOfRows, customerId: string): ImportedOrder {
  return {
    ...order,
    customerId,
    lines: order.lines.map(({ sku, quantity, unitPrice, productName, category }) => ({
      sku,
      quantity,
      unitPrice: { amount: unitPrice, currency: order.currency },
      ...(productName === undefined ? {} : { productName }),
      ...(category === undefined ? {} : { category }),
    })),
  };
}

function settle(result: OrderImportResult, order: OrderOfRows | undefined, progress: ImportProgress): void {
  if (order === undefined)
    throw new Error(`The sales context answered for an order not sent: ${result.orderRef}`);
  if (result.outcome !== 'rejected') {
    progress.settled(result.outcome, order.lines.length);
    return;
  }
  const { field, message, code } = result.problem;
  const located = field === undefined ? { row: firstRowOf(order) } : locate(order, field);
  const problem: RowProblem = { ...located, message, ...(code === undefined ? {} : { code }) };
  progress.rejected(rejectOrder(order.orderRef, order.lines, problem));
}

/** Refuses the order (and reports it) when a line's SKU is malformed. */
function skusAreValid(order: OrderOfRows, progress: ImportProgress): boolean {
  for (const line of order.lines) {
    try {
      normalizeSku(line.sku);
    } catch (error) {
      progress.rejected(rejectOrder(order.orderRef, order.lines, problemOfDomainError(error, line.row)));
      return false;
    }
  }
  return true;
}

function unknownCustomer(order: OrderOfRows): RowProblem {
  return {
    row: firstRowOf(order),
    field: 'customerRef',
    message: `No customer with externalRef ${order.customerRef} (import customers first, or set createMissing=true)`,
  };
}

function firstRowOf(order: OrderOfRows): number {
  return order.lines[0]?.row ?? 0;
}

/** `lines[2].unitPrice.amount` is the unitPrice cell of the order's third row; other fields its first. */
function locate(order: OrderOfRows, field: string): { row: number; field: string } {
  const match = /^lines\[(\d+)\]\.(\w+)/.exec(field);
  const line = match ? order.lines[Number(match[1])] : undefined;
  if (match && line) return { row: line.row, field: match[2] ?? field };
  return { row: firstRowOf(order), field };
}
