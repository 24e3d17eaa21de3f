import { nameBasedId, streamIdOf } from '@crm/event-store';
import { normalizeSku } from '../domain';

// A fixed namespace for name-based (version 5) product ids; changing it would orphan every product.
const PRODUCT_ID_NAMESPACE = '8c4f1f3e-6a2b-4d9e-9b7a-5c3d1e2f4a6b';

/**
 * The product id of a tenant's SKU: a UUID v5 of (tenant, normalised SKU). The product stream is then
 * the SKU's reservation: registering appends with `no-stream`, which the store enforces atomically, so
 * two concurrent registrations of one SKU can never both succeed (decision 0018).
 */
export function productIdOf(tenantId: string, sku: string): string {
  return nameBasedId(PRODUCT_ID_NAMESPACE, tenantId, normalizeSku(sku));
}

/** `sales.product-<uuid>`: one stream per product (and so per SKU). */
export function productStreamId(productId: string): string {
  return streamIdOf('sales', 'product', productId);
}
