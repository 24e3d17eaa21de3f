import { CustomerImportService, type CommandRequest } from '@crm/customer';
import { normalizeSku, OrderImportService, ProductImportService, type Product } from '@crm/sales';
import { Injectable } from '@nestjs/common';
import type { CsvRow, RowProblem } from '../csv/csv-table';
import { forEachConcurrently } from './concurrently';
import { problemOfDomainError } from './domain-problem';
import { IMPORT_CHUNK, IMPORT_CONCURRENCY, type EntityImporter, type ImportOptions } from './entity-importer';
import type { ImportProgress } from './import-progress';
import { groupOrderRows, ORDER_COLUMNS, rejectOrder, type OrderOfRows } from './order-rows';

const DEFAULT_CATEGORY = 'uncategorized';

/**
 * The orders file: one row per order line, rows sharing an orderRef forming one order. Customers are
 * found by external ref and products by SKU, created first when `createMissing`; then the orders go
 * in, each whole or not at all.
 */
@Injectable()
export class OrderFileImporter implements EntityImporter {
  readonly columns = ORDER_COLUMNS;

  constructor(
    private readonly customers: CustomerImportService,
    private readonly products: ProductImportService,
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
    const customers = await this.customers.resolveRefs(
      withSkus.map((order) => order.customerRef),
      options.createMissing,
      request,
    );
    progress.createdMissing('customers', customers.created);
    const products = await this.products.resolve(
      withSkus.flatMap(productsNamedBy),
      options.createMissing,
      request,
    );
    progress.createdMissing('products', products.created);
    await progress.checkpoint();
    for (let start = 0; start < withSkus.length; start += IMPORT_CHUNK) {
      const chunk = withSkus.slice(start, start + IMPORT_CHUNK);
      await forEachConcurrently(chunk, IMPORT_CONCURRENCY, async (order) => {
        const customerId = customers.ids.get(order.customerRef.trim());
        const problem =
          customerId === undefined ? unknownCustomer(order) : missingProduct(order, products.missing);
        if (problem !== null) {
          progress.rejected(rejectOrder(order.orderRef, order.lines, problem));
          return;
        }
        await this.importOrder(order, customerId as string, products.catalogue, request, progress);
      });
      await progress.checkpoint();
    }
  }

  private async importOrder(
    order: OrderOfRows,
    customerId: string,
    catalogue: ReadonlyMap<string, Product>,
    request: CommandRequest,
    progress: ImportProgress,
  ): Promise<void> {
    const lines = order.lines.map(({ sku, quantity, unitPrice }) => ({
      sku,
      quantity,
      unitPrice: { amount: unitPrice, currency: order.currency },
    }));
    try {
      const outcome = await this.orders.importOrder({ ...order, customerId, lines }, catalogue, request);
      progress.settled(outcome, order.lines.length);
    } catch (error) {
      const problem = problemOfDomainError(error, firstRowOf(order), (field) => locate(order, field));
      progress.rejected(rejectOrder(order.orderRef, order.lines, problem));
    }
  }
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

function productsNamedBy(order: OrderOfRows) {
  return order.lines.map((line) => ({
    sku: line.sku,
    name: line.productName ?? line.sku,
    category: line.category ?? DEFAULT_CATEGORY,
    price: { amount: line.unitPrice, currency: order.currency },
  }));
}

function unknownCustomer(order: OrderOfRows): RowProblem {
  return {
    row: firstRowOf(order),
    field: 'customerRef',
    message: `No customer with externalRef ${order.customerRef} (import customers first, or set createMissing=true)`,
  };
}

function missingProduct(order: OrderOfRows, missing: ReadonlyMap<string, string>): RowProblem | null {
  for (const line of order.lines) {
    const reason = missing.get(normalizeSku(line.sku));
    if (reason !== undefined) return { row: line.row, field: 'sku', message: reason };
  }
  return null;
}

function firstRowOf(order: OrderOfRows): number {
  return order.lines[0]?.row ?? 0;
}

/** `lines[2].unitPrice.amount` is the unitPrice cell of the order's third row; other fields its first. */
function locate(order: OrderOfRows, field: string): { row: number; column: string } {
  const match = /^lines\[(\d+)\]\.(\w+)/.exec(field);
  const line = match ? order.lines[Number(match[1])] : undefined;
  if (match && line) return { row: line.row, column: match[2] ?? field };
  return { row: firstRowOf(order), column: field };
}
