import { Decimal } from 'decimal.js';
import { formatAmount, type Money } from '../../shared/domain';
import type { TargetPeriod } from './sales-target';

/** What attainment needs to know of an order. */
export interface CountableOrder {
  readonly ownerId: string | null;
  readonly status: string;
  readonly orderedAt: string;
  readonly total: Money;
}

export interface Attainment {
  readonly amount: Money;
  readonly orders: number;
  /** attained / target, four places; null for a zero target. */
  readonly ratio: string | null;
  /** Orders that would count but are in another currency: never converted, only reported. */
  readonly ordersInOtherCurrencies: number;
}

// Paid and still paid: a cancelled (even after payment) or returned order earns nothing.
const COUNTED_STATUSES = new Set(['paid', 'shipped']);

/**
 * The owner's paid orders (paid or shipped, not cancelled or returned) ordered within the period's
 * calendar days (UTC), summed exactly in the target's currency.
 */
export function attainmentOf(
  target: { readonly ownerId: string; readonly period: TargetPeriod; readonly amount: Money },
  orders: Iterable<CountableOrder>,
): Attainment {
  let total = new Decimal(0);
  let counted = 0;
  let otherCurrencies = 0;
  for (const order of orders) {
    const day = order.orderedAt.slice(0, 10);
    if (order.ownerId !== target.ownerId || !COUNTED_STATUSES.has(order.status)) continue;
    if (day < target.period.from || day > target.period.to) continue;
    if (order.total.currency !== target.amount.currency) {
      otherCurrencies += 1;
      continue;
    }
    total = total.plus(order.total.amount);
    counted += 1;
  }
  const goal = new Decimal(target.amount.amount);
  return {
    amount: { amount: formatAmount(total), currency: target.amount.currency },
    orders: counted,
    ratio: goal.isZero() ? null : total.dividedBy(goal).toFixed(4),
    ordersInOtherCurrencies: otherCurrencies,
  };
}
