import type { Money } from '../../shared/domain';
import type { ProductState } from '../domain';

/** A product as the API shows it: the body of GET /products/:id and of every command response. */
export interface ProductView {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly category: string;
  readonly price: Money;
  readonly active: boolean;
  readonly registeredAt: string;
  /** Stream version this view reflects: the ETag. */
  readonly version: number;
}

export function productViewOf(state: ProductState, version: number): ProductView | null {
  if (state.kind === 'unregistered') return null;
  const { product } = state;
  return {
    id: product.productId,
    sku: product.sku,
    name: product.name,
    category: product.category,
    price: product.price,
    active: product.active,
    registeredAt: product.registeredAt,
    version,
  };
}

/** The decider state a stored view stands for: lets the catalogue projection reuse `evolve`. */
export function productStateOf(view: ProductView | null, tenantId: string): ProductState {
  if (view === null) return { kind: 'unregistered' };
  const { id, version: _version, ...product } = view;
  return { kind: 'registered', product: { ...product, productId: id, tenantId } };
}
