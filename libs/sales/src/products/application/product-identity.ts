import { createHash } from 'node:crypto';
import { streamIdOf } from '@crm/event-store';
import { normalizeSku } from '../domain';

// A fixed namespace for name-based (version 5) product ids; changing it would orphan every product.
const PRODUCT_ID_NAMESPACE = Buffer.from('8c4f1f3e6a2b4d9e9b7a5c3d1e2f4a6b', 'hex');

/**
 * The product id of a tenant's SKU: a UUID v5 of (tenant, normalised SKU). The product stream is then
 * the SKU's reservation: registering appends with `no-stream`, which the store enforces atomically, so
 * two concurrent registrations of one SKU can never both succeed (decision 0018).
 */
export function productIdOf(tenantId: string, sku: string): string {
  const name = `${tenantId}\u0000${normalizeSku(sku)}`;
  const hash = createHash('sha1').update(PRODUCT_ID_NAMESPACE).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `sales.product-<uuid>`: one stream per product (and so per SKU). */
export function productStreamId(productId: string): string {
  return streamIdOf('sales', 'product', productId);
}
