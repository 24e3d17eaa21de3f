import { SALES_EVENTS_TOPIC, type EventEnvelope } from '@crm/contracts';
import { integrationTopic } from '@crm/messaging';
import { lost, opportunityOpened, won } from '../opportunities/domain/opportunity.builders';
import { cancelled, orderPlaced, paid, returned, shipped } from '../orders/domain/order.builders';
import { productRegistered } from '../products/domain/product.builders';
import { toSalesIntegrationMessage } from './sales-integration-events.mapper';

function envelope(event: { type: string; data: unknown }): EventEnvelope {
  return {
    ...event,
    id: 'event-1',
    schemaVersion: 1,
    streamId: 'sales.any-1',
    streamVersion: 1,
    globalPosition: 1n,
    tenantId: 'tenant-1',
    occurredAt: '2025-01-10T09:00:00.000Z',
    actor: 'user-1',
    correlationId: 'correlation-1',
    causationId: 'causation-1',
  };
}

const map = (event: { type: string; data: unknown }) => toSalesIntegrationMessage(envelope(event));

describe(toSalesIntegrationMessage.name, () => {
  it('publishes on the topic the relay derives for the sales context', () => {
    expect(integrationTopic('sales')).toBe(SALES_EVENTS_TOPIC);
  });

  it('publishes a product without its tenant, and a change with only the new values', () => {
    expect(map(productRegistered())).toEqual({
      type: 'sales.ProductRegistered.v1',
      schemaVersion: 1,
      data: {
        productId: productRegistered().data.productId,
        sku: 'SKU-1',
        name: 'Espresso machine',
        category: 'appliances',
        price: { amount: '199.90', currency: 'EUR' },
        active: true,
      },
    });
    const changes = { active: { from: true, to: false }, name: { from: 'A', to: 'B' } };
    expect(map({ type: 'sales.ProductChanged', data: { productId: 'p-1', sku: 'SKU-1', changes } })).toEqual({
      type: 'sales.ProductChanged.v1',
      schemaVersion: 1,
      data: { productId: 'p-1', sku: 'SKU-1', name: 'B', active: false },
    });
  });

  it('publishes the opportunity lifecycle', () => {
    const { tenantId: _tenantId, ...opened } = opportunityOpened().data;
    expect(map(opportunityOpened())).toEqual({
      type: 'sales.OpportunityOpened.v1',
      schemaVersion: 1,
      data: opened,
    });
    const { from: _wonFrom, ...wonData } = won.data as typeof won.data & { from: string };
    expect(map(won)).toEqual({ type: 'sales.OpportunityWon.v1', schemaVersion: 1, data: wonData });
    const { from: _lostFrom, ...lostData } = lost.data as typeof lost.data & { from: string };
    expect(map(lost)).toEqual({ type: 'sales.OpportunityLost.v1', schemaVersion: 1, data: lostData });
  });

  it('publishes an order with its lines, total and owner, and every status change, keyed by customer', () => {
    const { tenantId: _tenantId, placedAt: _placedAt, ...placed } = orderPlaced().data;
    expect(map(orderPlaced())).toEqual({
      type: 'sales.OrderPlaced.v1',
      schemaVersion: 1,
      data: { ...placed, externalRef: null },
      key: placed.customerId,
    });
    expect(map(paid)?.type).toBe('sales.OrderPaid.v1');
    expect(map(shipped)?.type).toBe('sales.OrderShipped.v1');
    expect(map(cancelled(true))).toEqual({
      type: 'sales.OrderCancelled.v1',
      schemaVersion: 1,
      data: cancelled(true).data,
      key: cancelled(true).data.customerId,
    });
    expect(map(returned())?.type).toBe('sales.OrderReturned.v1');
  });

  it('keeps events of other contexts to itself', () => {
    expect(map({ type: 'customer.CustomerRegistered', data: {} })).toBeNull();
  });
});
