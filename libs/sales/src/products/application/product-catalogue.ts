import { aggregateStreamAt, EVENT_STORE, type EventStore } from '@crm/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { normalizeSku, productDecider, type Product } from '../domain';
import { productIdOf, productStreamId } from './product-identity';

/**
 * What an order needs to know about the products it names. Read from the product streams, not the read
 * model: a product registered a moment ago can be ordered at once, at the price it has now.
 */
@Injectable()
export class ProductCatalogue {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  /** Each distinct SKU (normalised) to its product in this tenant, or absent when there is none. */
  async lookup(tenantId: string, skus: readonly string[]): Promise<ReadonlyMap<string, Product>> {
    const distinct = [...new Set(skus.map(normalizeSku))];
    const found = await Promise.all(
      distinct.map(async (sku) => {
        const { state } = await aggregateStreamAt(
          this.eventStore,
          productStreamId(productIdOf(tenantId, sku)),
          productDecider,
        );
        return state.kind === 'registered' && state.product.tenantId === tenantId
          ? ([sku, state.product] as const)
          : null;
      }),
    );
    return new Map(found.filter((entry) => entry !== null));
  }
}
