import type { FieldProblem } from '@crm/core';
import { SalesError } from '../../shared/domain';
import { normalizeSku, type Product } from '../../products/domain';
import type { ResolvedOrderLine } from '../domain';

export interface OrderLineInput {
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice?: { readonly amount: string; readonly currency: string };
}

/**
 * Each requested line with its product's id and category, priced at the catalogue price unless the
 * caller set one. Every unknown or inactive SKU is reported at once, each under its own line's field.
 */
export function resolveOrderLines(
  lines: readonly OrderLineInput[],
  catalogue: ReadonlyMap<string, Product>,
): ResolvedOrderLine[] {
  const unknown: FieldProblem[] = [];
  const inactive: FieldProblem[] = [];
  const resolved = lines.flatMap((line, index): ResolvedOrderLine[] => {
    const field = `lines[${index}].sku`;
    const product = catalogue.get(skuOf(line.sku, field));
    if (product === undefined) {
      unknown.push({ field, message: `No product with SKU ${line.sku.trim()} in the catalogue` });
      return [];
    }
    if (!product.active) {
      inactive.push({ field, message: `Product ${product.sku} is inactive and cannot be ordered` });
      return [];
    }
    const { sku, productId, category } = product;
    return [
      { sku, productId, category, quantity: line.quantity, unitPrice: line.unitPrice ?? product.price },
    ];
  });
  if (unknown.length > 0) throw new SalesError('ORDER.UNKNOWN_SKU', 'Unknown SKU in the order', unknown);
  if (inactive.length > 0)
    throw new SalesError('ORDER.PRODUCT_INACTIVE', 'Inactive product in the order', inactive);
  return resolved;
}

/** The SKU as the catalogue keys it; a malformed one is reported under its line's field. */
export function skuOf(value: string, field: string): string {
  try {
    return normalizeSku(value);
  } catch (error) {
    if (error instanceof SalesError) throw new SalesError('PRODUCT.INVALID_SKU', error.message, field);
    throw error;
  }
}
