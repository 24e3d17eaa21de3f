import {
  multiplyAmount,
  normalizeCurrency,
  normalizeInstant,
  normalizeMoney,
  normalizeOptionalText,
  SalesError,
  sumAmounts,
} from '../../shared/domain';
import type { PlaceOrder, ResolvedOrderLine } from './order.commands';
import type { OrderEvent } from './order.events';
import type { OrderState } from './order.state';
import { MAX_LINE_QUANTITY, MAX_ORDER_LINES, ORDERED_AT_SKEW_MS, type OrderLine } from './order.values';

const MAX_OWNER_ID_LENGTH = 200;

/** Totals are computed here, exactly: each line is unit price × quantity, the total their sum. */
export function placeOrder(command: PlaceOrder, state: OrderState): OrderEvent[] {
  const { data } = command;
  if (state.kind !== 'none') {
    throw new SalesError('ORDER.ALREADY_PLACED', `Order ${data.orderId} already exists`);
  }
  const currency = normalizeCurrency(data.currency);
  if (data.lines.length === 0)
    throw new SalesError('ORDER.NO_LINES', 'An order needs at least one line', 'lines');
  if (data.lines.length > MAX_ORDER_LINES) {
    throw new SalesError('ORDER.NO_LINES', `An order has at most ${MAX_ORDER_LINES} lines`, 'lines');
  }
  const lines = data.lines.map((line, index) => orderLineOf(line, `lines[${index}]`, currency));
  const orderedAt = normalizeInstant(data.orderedAt, 'orderedAt');
  if (Date.parse(orderedAt) > Date.parse(data.placedAt) + ORDERED_AT_SKEW_MS) {
    throw new SalesError('ORDER.ORDERED_IN_FUTURE', 'orderedAt lies in the future', 'orderedAt');
  }
  return [
    {
      type: 'sales.OrderPlaced',
      data: {
        orderId: data.orderId,
        tenantId: data.tenantId,
        customerId: data.customerId,
        channel: data.channel,
        orderedAt,
        ownerId: normalizeOptionalText(data.ownerId, 'ownerId', MAX_OWNER_ID_LENGTH),
        lines,
        total: { amount: sumAmounts(lines.map((line) => line.lineTotal.amount)), currency },
        placedAt: data.placedAt,
      },
    },
  ];
}

function orderLineOf(line: ResolvedOrderLine, field: string, currency: string): OrderLine {
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_LINE_QUANTITY) {
    throw new SalesError(
      'ORDER.INVALID_QUANTITY',
      `quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}`,
      `${field}.quantity`,
    );
  }
  const unitPrice = normalizeMoney(line.unitPrice, `${field}.unitPrice`);
  if (unitPrice.currency !== currency) {
    throw new SalesError(
      'ORDER.CURRENCY_MISMATCH',
      `unit price is in ${unitPrice.currency}, the order in ${currency}`,
      `${field}.unitPrice.currency`,
    );
  }
  return {
    sku: line.sku,
    productId: line.productId,
    category: line.category,
    quantity: line.quantity,
    unitPrice,
    lineTotal: { amount: multiplyAmount(unitPrice.amount, line.quantity), currency },
  };
}
