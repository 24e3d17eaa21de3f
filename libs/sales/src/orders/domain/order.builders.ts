import type { OrderCommand, PlaceOrder, ResolvedOrderLine } from './order.commands';
import type { OrderEvent, OrderPlaced } from './order.events';

// Builders with defaults for specs: a test states only what it is about.
export const TENANT = 'tenant-1';
export const ORDER_ID = '9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a';
export const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';
export const PLACED_AT = '2025-02-01T10:00:00.000Z';

const scope = { tenantId: TENANT, orderId: ORDER_ID };

export function line(overrides: Partial<ResolvedOrderLine> = {}): ResolvedOrderLine {
  return {
    sku: 'PEN-1',
    productId: 'product-pen',
    category: 'office',
    quantity: 3,
    unitPrice: { amount: '0.10', currency: 'EUR' },
    ...overrides,
  };
}

export function placeOrder(overrides: Partial<PlaceOrder['data']> = {}): PlaceOrder {
  return {
    type: 'PlaceOrder',
    data: {
      ...scope,
      customerId: CUSTOMER_ID,
      channel: 'e-commerce',
      orderedAt: PLACED_AT,
      currency: 'EUR',
      ownerId: 'user-1',
      lines: [line()],
      placedAt: PLACED_AT,
      ...overrides,
    },
  };
}

export function orderPlaced(overrides: Partial<OrderPlaced['data']> = {}): OrderPlaced {
  return {
    type: 'sales.OrderPlaced',
    data: {
      ...scope,
      customerId: CUSTOMER_ID,
      channel: 'e-commerce',
      orderedAt: PLACED_AT,
      ownerId: 'user-1',
      lines: [
        {
          sku: 'PEN-1',
          productId: 'product-pen',
          category: 'office',
          quantity: 3,
          unitPrice: { amount: '0.10', currency: 'EUR' },
          lineTotal: { amount: '0.30', currency: 'EUR' },
        },
      ],
      total: { amount: '0.30', currency: 'EUR' },
      placedAt: PLACED_AT,
      ...overrides,
    },
  };
}

const at = '2025-02-02T10:00:00.000Z';
const total = { amount: '0.30', currency: 'EUR' };
const facts = { orderId: ORDER_ID, customerId: CUSTOMER_ID };

export const pay: OrderCommand = { type: 'PayOrder', data: { ...scope, paidAt: at } };
export const ship: OrderCommand = { type: 'ShipOrder', data: { ...scope, shippedAt: at } };
export const cancel = (reason?: string): OrderCommand => ({
  type: 'CancelOrder',
  data: { ...scope, reason, cancelledAt: at },
});
export const returnOrder = (reason?: string): OrderCommand => ({
  type: 'ReturnOrder',
  data: { ...scope, reason, returnedAt: at },
});

export const paid: OrderEvent = {
  type: 'sales.OrderPaid',
  data: { ...facts, channel: 'e-commerce', total, paidAt: at },
};
export const shipped: OrderEvent = { type: 'sales.OrderShipped', data: { ...facts, shippedAt: at } };
export const cancelled = (wasPaid: boolean, reason: string | null = null): OrderEvent => ({
  type: 'sales.OrderCancelled',
  data: { ...facts, reason, wasPaid, total, cancelledAt: at },
});
export const returned = (reason: string | null = null): OrderEvent => ({
  type: 'sales.OrderReturned',
  data: { ...facts, reason, total, returnedAt: at },
});
