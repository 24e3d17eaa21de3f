import type { RegisterProductInput } from '@crm/sales';
import type { ColumnSpec } from '../csv/csv-columns';
import type { CsvRow } from '../csv/csv-table';
import { booleanCell, requiredCell } from '../csv/row-cells';

export const PRODUCT_COLUMNS: ColumnSpec = {
  required: ['sku', 'name', 'category', 'price', 'currency'],
  optional: ['active'],
};

/** A product row as a registration; the domain validates the SKU, the price and the currency. */
export function productOfRow(row: CsvRow): RegisterProductInput {
  return {
    sku: requiredCell(row, 'sku'),
    name: requiredCell(row, 'name'),
    category: requiredCell(row, 'category'),
    price: { amount: requiredCell(row, 'price'), currency: requiredCell(row, 'currency') },
    active: booleanCell(row, 'active', true),
  };
}
