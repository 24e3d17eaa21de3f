import type { Money } from '../../shared/domain';

export interface Product {
  readonly productId: string;
  readonly tenantId: string;
  readonly sku: string;
  readonly name: string;
  readonly category: string;
  readonly price: Money;
  readonly active: boolean;
  readonly registeredAt: string;
}

export type ProductState =
  { readonly kind: 'unregistered' } | { readonly kind: 'registered'; readonly product: Product };
