import type { EventEnvelope } from '@crm/contracts';
import type { Projection } from '@crm/read-models';
import { evolveProduct, PRODUCT_EVENT_TYPES, productEventOf } from '../domain';
import { productStateOf, productViewOf, type ProductView } from './product-view';

export const PRODUCT_CATALOGUE_COLLECTION = 'sales-product-catalogue';

/** "What do we sell, at what price?" One document per product, folded with the decider's own `evolve`. */
export const productCatalogueProjection: Projection<ProductView> = {
  name: 'sales-product-catalogue',
  collection: PRODUCT_CATALOGUE_COLLECTION,
  handles: PRODUCT_EVENT_TYPES,
  documentId: (event: EventEnvelope) => {
    const data = event.data as { readonly productId?: unknown };
    return typeof data.productId === 'string' ? data.productId : null;
  },
  apply: (current, event) => {
    const productEvent = productEventOf(event);
    if (productEvent === null) return null;
    return productViewOf(
      evolveProduct(productStateOf(current, event.tenantId), productEvent),
      event.streamVersion,
    );
  },
};
