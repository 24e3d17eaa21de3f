import { NO_FRESHNESS } from '../shared/freshness';
import type { FeatureSnapshot } from './feature-snapshot';
import type { OrderFact } from './order-facts.projection';

/** An order fact with defaults: one unit of SKU `A` for 10 EUR, paid, from `customer-1`. */
export function buildOrderFact(changes: Partial<OrderFact> = {}): OrderFact {
  return {
    orderId: 'o-1',
    customerId: 'customer-1',
    channel: 'retail',
    orderedAt: '2026-01-01T10:00:00.000Z',
    currency: 'EUR',
    total: 10,
    lines: [{ sku: 'A', category: 'dairy', quantity: 1, lineTotal: 10 }],
    status: 'paid',
    paid: true,
    ...changes,
  };
}

export function buildSnapshot(changes: Partial<FeatureSnapshot> = {}): FeatureSnapshot {
  return {
    tenantId: 'tenant-1',
    version: 1,
    freshness: NO_FRESHNESS,
    orders: [],
    profiles: [],
    cases: [],
    responses: [],
    opportunities: [],
    ...changes,
  };
}
