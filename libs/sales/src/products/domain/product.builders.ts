import type { ChangeProduct, RegisterProduct } from './product.commands';
import type { ProductRegistered } from './product.events';

// Builders with defaults for specs: a test states only what it is about.
export const TENANT = 'tenant-1';
export const PRODUCT_ID = '5a0c1f4e-2b3d-5e6f-8a9b-0c1d2e3f4a5b';
export const REGISTERED_AT = '2025-01-10T09:00:00.000Z';

export function registerProduct(overrides: Partial<RegisterProduct['data']> = {}): RegisterProduct {
  return {
    type: 'RegisterProduct',
    data: {
      tenantId: TENANT,
      productId: PRODUCT_ID,
      sku: 'SKU-1',
      name: 'Espresso machine',
      category: 'appliances',
      price: { amount: '199.90', currency: 'EUR' },
      registeredAt: REGISTERED_AT,
      ...overrides,
    },
  };
}

export function productRegistered(overrides: Partial<ProductRegistered['data']> = {}): ProductRegistered {
  return {
    type: 'sales.ProductRegistered',
    data: {
      productId: PRODUCT_ID,
      tenantId: TENANT,
      sku: 'SKU-1',
      name: 'Espresso machine',
      category: 'appliances',
      price: { amount: '199.90', currency: 'EUR' },
      active: true,
      registeredAt: REGISTERED_AT,
      ...overrides,
    },
  };
}

export function changeProduct(
  patch: ChangeProduct['data']['patch'],
  overrides: Partial<ChangeProduct['data']> = {},
): ChangeProduct {
  return { type: 'ChangeProduct', data: { tenantId: TENANT, productId: PRODUCT_ID, patch, ...overrides } };
}
