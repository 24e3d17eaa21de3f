import { SalesError } from '../../shared/domain';

export const MAX_SKU_LENGTH = 64;
const SKU_PATTERN = /^[A-Z0-9][A-Z0-9._\-/]*$/;

/**
 * SKUs are identifiers, compared without regard to case or surrounding blanks: stored upper-cased,
 * letters, digits and `. _ - /` only, so "ab-1" and "AB-1 " are the same product.
 */
export function normalizeSku(value: string): string {
  const sku = value.trim().toUpperCase();
  if (sku.length === 0 || sku.length > MAX_SKU_LENGTH || !SKU_PATTERN.test(sku)) {
    throw new SalesError(
      'PRODUCT.INVALID_SKU',
      `sku must be 1-${MAX_SKU_LENGTH} letters, digits or . _ - / (starting with a letter or digit)`,
      'sku',
    );
  }
  return sku;
}
