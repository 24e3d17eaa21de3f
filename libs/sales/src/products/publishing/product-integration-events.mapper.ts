import {
  SalesIntegrationEventTypes,
  type EventEnvelope,
  type ProductChangedV1,
  type ProductRegisteredV1,
} from '@crm/contracts';
import { assertNever } from '@crm/core';
import type { IntegrationMessage } from '@crm/messaging';
import { productEventOf } from '../domain';

/** Product events as `sales.Product*.v1`; null for any other event. */
export function toProductIntegrationMessage(event: EventEnvelope): IntegrationMessage | null {
  const productEvent = productEventOf(event);
  if (productEvent === null) return null;
  switch (productEvent.type) {
    case 'sales.ProductRegistered': {
      const { productId, sku, name, category, price, active } = productEvent.data;
      const registered: ProductRegisteredV1 = { productId, sku, name, category, price, active };
      return { type: SalesIntegrationEventTypes.productRegistered, schemaVersion: 1, data: registered };
    }
    case 'sales.ProductChanged': {
      const { productId, sku, changes } = productEvent.data;
      const changed: ProductChangedV1 = {
        productId,
        sku,
        ...(changes.name ? { name: changes.name.to } : {}),
        ...(changes.category ? { category: changes.category.to } : {}),
        ...(changes.price ? { price: changes.price.to } : {}),
        ...(changes.active ? { active: changes.active.to } : {}),
      };
      return { type: SalesIntegrationEventTypes.productChanged, schemaVersion: 1, data: changed };
    }
    default:
      return assertNever(productEvent);
  }
}
