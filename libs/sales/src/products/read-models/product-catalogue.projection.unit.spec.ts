import { projectionSpec, PROJECTION_SPEC_TENANT } from '@crm/testing';
import { productStreamId } from '../application/product-identity';
import { PRODUCT_ID, productRegistered } from '../domain/product.builders';
import { productCatalogueProjection } from './product-catalogue.projection';
import type { ProductView } from './product-view';

const streamId = productStreamId(PRODUCT_ID);
const registered = productRegistered({ tenantId: PROJECTION_SPEC_TENANT });
const view: ProductView = {
  id: PRODUCT_ID,
  sku: 'SKU-1',
  name: 'Espresso machine',
  category: 'appliances',
  price: { amount: '199.90', currency: 'EUR' },
  active: true,
  registeredAt: registered.data.registeredAt,
  version: 1,
};

describe('productCatalogueProjection', () => {
  const spec = projectionSpec(productCatalogueProjection);

  it('creates the catalogue entry when a product registers', () => {
    spec.given({ ...registered, streamId }).then([{ id: PRODUCT_ID, data: view }]);
  });

  it('applies each change exactly once', () => {
    const price = { from: view.price, to: { amount: '179.00', currency: 'EUR' } };
    spec
      .given(
        { ...registered, streamId },
        {
          type: 'sales.ProductChanged',
          streamId,
          data: { productId: PRODUCT_ID, sku: 'SKU-1', changes: { price } },
        },
        {
          type: 'sales.ProductChanged',
          streamId,
          data: { productId: PRODUCT_ID, sku: 'SKU-1', changes: { active: { from: true, to: false } } },
        },
      )
      .then([{ id: PRODUCT_ID, data: { ...view, price: price.to, active: false, version: 3 } }]);
  });

  it('ignores events of other aggregates', () => {
    spec.given({ type: 'sales.OrderPlaced', streamId: 'sales.order-1', data: { productId: 'x' } }).then([]);
  });
});
