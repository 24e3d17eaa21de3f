import type { DomainEvent } from '@crm/core';
import type { Money } from '../../shared/domain';

export interface Change<T> {
  readonly from: T;
  readonly to: T;
}

export interface ProductChanges {
  readonly name?: Change<string>;
  readonly category?: Change<string>;
  readonly price?: Change<Money>;
  readonly active?: Change<boolean>;
}

export type ProductRegistered = DomainEvent<
  'sales.ProductRegistered',
  {
    readonly productId: string;
    readonly tenantId: string;
    readonly sku: string;
    readonly name: string;
    readonly category: string;
    readonly price: Money;
    readonly active: boolean;
    readonly registeredAt: string;
  }
>;

export type ProductChanged = DomainEvent<
  'sales.ProductChanged',
  { readonly productId: string; readonly sku: string; readonly changes: ProductChanges }
>;

export type ProductEvent = ProductRegistered | ProductChanged;

export const PRODUCT_EVENT_TYPES: readonly ProductEvent['type'][] = [
  'sales.ProductRegistered',
  'sales.ProductChanged',
];

/** The product event a stored envelope holds, or null for any other event. */
export function productEventOf(event: {
  readonly type: string;
  readonly data: unknown;
}): ProductEvent | null {
  if (!(PRODUCT_EVENT_TYPES as readonly string[]).includes(event.type)) return null;
  // Product streams only ever hold what this context's decider emitted.
  return { type: event.type, data: event.data } as ProductEvent;
}
