import { assertNever, type Decider } from '@crm/core';
import { normalizeMoney, normalizeText, sameMoney, SalesError } from '../../shared/domain';
import type { ChangeProduct, ProductCommand, RegisterProduct } from './product.commands';
import type { Change, ProductChanges, ProductEvent } from './product.events';
import type { Product, ProductState } from './product.state';
import { normalizeSku } from './sku';

export const MAX_PRODUCT_NAME_LENGTH = 200;
export const MAX_CATEGORY_LENGTH = 100;

export function initialProductState(): ProductState {
  return { kind: 'unregistered' };
}

export function evolveProduct(state: ProductState, event: ProductEvent): ProductState {
  switch (event.type) {
    case 'sales.ProductRegistered':
      return { kind: 'registered', product: { ...event.data } };
    case 'sales.ProductChanged': {
      if (state.kind === 'unregistered') return state;
      const { changes } = event.data;
      const product: Product = {
        ...state.product,
        ...(changes.name ? { name: changes.name.to } : {}),
        ...(changes.category ? { category: changes.category.to } : {}),
        ...(changes.price ? { price: changes.price.to } : {}),
        ...(changes.active ? { active: changes.active.to } : {}),
      };
      return { kind: 'registered', product };
    }
    default:
      return assertNever(event);
  }
}

export function decideProduct(command: ProductCommand, state: ProductState): ProductEvent[] {
  switch (command.type) {
    case 'RegisterProduct':
      return registerProduct(command, state);
    case 'ChangeProduct':
      return changeProduct(command, state);
    default:
      return assertNever(command);
  }
}

/** The product aggregate: one stream per (tenant, SKU), `sales.product-<id derived from the SKU>`. */
export const productDecider: Decider<ProductState, ProductCommand, ProductEvent> = {
  initialState: initialProductState,
  evolve: evolveProduct,
  decide: decideProduct,
};

function registerProduct(command: RegisterProduct, state: ProductState): ProductEvent[] {
  const { data } = command;
  const sku = normalizeSku(data.sku);
  if (state.kind === 'registered') {
    throw new SalesError('PRODUCT.SKU_TAKEN', `SKU ${sku} is already in the catalogue`, 'sku');
  }
  return [
    {
      type: 'sales.ProductRegistered',
      data: {
        productId: data.productId,
        tenantId: data.tenantId,
        sku,
        name: normalizeText(data.name, 'name', MAX_PRODUCT_NAME_LENGTH),
        category: normalizeCategory(data.category),
        price: normalizeMoney(data.price, 'price'),
        active: data.active ?? true,
        registeredAt: data.registeredAt,
      },
    },
  ];
}

function changeProduct(command: ChangeProduct, state: ProductState): ProductEvent[] {
  const { tenantId, productId, patch } = command.data;
  if (state.kind === 'unregistered' || state.product.tenantId !== tenantId) {
    throw new SalesError('PRODUCT.NOT_FOUND', `Product ${productId} does not exist`);
  }
  const { product } = state;
  const price = patch.price && normalizeMoney(patch.price, 'price');
  const changes: ProductChanges = {
    ...changed(
      'name',
      product.name,
      patch.name && normalizeText(patch.name, 'name', MAX_PRODUCT_NAME_LENGTH),
    ),
    ...changed('category', product.category, patch.category && normalizeCategory(patch.category)),
    ...(price && !sameMoney(product.price, price) ? { price: { from: product.price, to: price } } : {}),
    ...changed('active', product.active, patch.active),
  };
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'sales.ProductChanged', data: { productId, sku: product.sku, changes } }];
}

function changed<Field extends string, T>(
  field: Field,
  from: T,
  to: T | undefined,
): Partial<Record<Field, Change<T>>> {
  if (to === undefined || Object.is(from, to)) return {};
  return { [field]: { from, to } } as Record<Field, Change<T>>;
}

// Categories group products for analytics: trimmed and lower-cased, so "Shoes" and "shoes " are one.
function normalizeCategory(value: string): string {
  return normalizeText(value, 'category', MAX_CATEGORY_LENGTH).toLowerCase();
}
