import { DomainError } from '@crm/core';
import { DeciderSpec } from '@crm/testing';
import {
  cancel,
  cancelled,
  line,
  orderPlaced,
  paid,
  pay,
  placeOrder,
  returned,
  returnOrder,
  ship,
  shipped,
} from './order.builders';
import type { OrderCommand } from './order.commands';
import { decideOrder, orderDecider } from './order.decider';
import type { OrderEvent } from './order.events';

describe(decideOrder.name, () => {
  const given = DeciderSpec.for(orderDecider);

  describe('PlaceOrder', () => {
    it('computes line totals and the total exactly: 3 × 0.10 = 0.30', () => {
      given([]).when(placeOrder()).then([orderPlaced()]);
    });

    it('adds many lines to the cent, with fractions of a cent kept exact', () => {
      const lines = [
        line({ quantity: 7, unitPrice: { amount: '19.99', currency: 'EUR' } }),
        line({
          sku: 'INK-1',
          productId: 'product-ink',
          quantity: 3,
          unitPrice: { amount: '0.0125', currency: 'eur' },
        }),
        line({
          sku: 'PAD-1',
          productId: 'product-pad',
          quantity: 10,
          unitPrice: { amount: '0.1', currency: 'EUR' },
        }),
      ];
      const [event] = decideOrder(placeOrder({ lines }), orderDecider.initialState());
      if (event?.type !== 'sales.OrderPlaced') throw new Error('expected OrderPlaced');
      expect(event.data.lines.map((placed) => placed.lineTotal.amount)).toEqual(['139.93', '0.0375', '1.00']);
      expect(event.data.total).toEqual({ amount: '140.9675', currency: 'EUR' });
    });

    it('normalises the order instant to UTC and the currency to upper case', () => {
      given([])
        .when(placeOrder({ orderedAt: '2025-02-01T11:00:00+01:00', currency: 'eur' }))
        .then([orderPlaced()]);
    });

    it('rejects a line priced in another currency, naming the line', () => {
      const command = placeOrder({
        lines: [line(), line({ unitPrice: { amount: '1.00', currency: 'USD' } })],
      });
      given([]).when(command).thenThrows('ORDER.CURRENCY_MISMATCH');
      expect(fieldsOf(() => decideOrder(command, orderDecider.initialState()))).toEqual([
        'lines[1].unitPrice.currency',
      ]);
    });

    it.each([0, -1, 1.5, Number.NaN, 1_000_001])('rejects the quantity %s', (quantity) => {
      given([])
        .when(placeOrder({ lines: [line({ quantity })] }))
        .thenThrows('ORDER.INVALID_QUANTITY');
    });

    it('rejects an order without lines, a bad price, an order in the future and placing twice', () => {
      given([])
        .when(placeOrder({ lines: [] }))
        .thenThrows('ORDER.NO_LINES');
      given([])
        .when(placeOrder({ lines: [line({ unitPrice: { amount: '0.1.0', currency: 'EUR' } })] }))
        .thenThrows('SALES.INVALID_AMOUNT');
      given([])
        .when(placeOrder({ orderedAt: '2025-02-01T10:06:00.000Z' }))
        .thenThrows('ORDER.ORDERED_IN_FUTURE');
      given([])
        .when(placeOrder({ orderedAt: 'yesterday' }))
        .thenThrows('SALES.INVALID_INSTANT');
      given([orderPlaced()]).when(placeOrder()).thenThrows('ORDER.ALREADY_PLACED');
    });
  });

  describe('the status machine', () => {
    it('pays a placed order, ships a paid one and takes a shipped one back', () => {
      given([orderPlaced()]).when(pay).then([paid]);
      given([orderPlaced(), paid]).when(ship).then([shipped]);
      given([orderPlaced(), paid, shipped])
        .when(returnOrder(' Damaged '))
        .then([returned('Damaged')]);
    });

    it('cancels a placed order, and a paid one with wasPaid so its revenue is taken back', () => {
      given([orderPlaced()])
        .when(cancel())
        .then([cancelled(false)]);
      given([orderPlaced(), paid])
        .when(cancel('Out of stock'))
        .then([cancelled(true, 'Out of stock')]);
    });

    const illegal: [string, OrderEvent[], OrderCommand][] = [
      ['ship an unpaid order', [], ship],
      ['pay a paid order', [paid], pay],
      ['return an order that has not shipped', [paid], returnOrder()],
      ['cancel a shipped order', [paid, shipped], cancel()],
      ['pay a cancelled order', [cancelled(false)], pay],
      ['ship a cancelled order', [paid, cancelled(true)], ship],
      ['return a returned order', [paid, shipped, returned()], returnOrder()],
      ['cancel a returned order', [paid, shipped, returned()], cancel()],
    ];
    it.each(illegal)('refuses to %s: ORDER.ILLEGAL_TRANSITION', (_case, events, command) => {
      given([orderPlaced(), ...events])
        .when(command)
        .thenThrows('ORDER.ILLEGAL_TRANSITION');
    });

    it("treats an unknown order, or another tenant's, as not found", () => {
      given([]).when(pay).thenThrows('ORDER.NOT_FOUND');
      given([orderPlaced({ tenantId: 'tenant-2' })])
        .when(pay)
        .thenThrows('ORDER.NOT_FOUND');
    });
  });
});

function fieldsOf(decide: () => unknown): string[] {
  try {
    decide();
  } catch (error) {
    if (error instanceof DomainError) return error.fields.map((problem) => problem.field);
    throw error;
  }
  throw new Error('expected a DomainError');
}
