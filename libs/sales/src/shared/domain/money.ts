import { Decimal } from 'decimal.js';
import { SalesError } from './sales.errors';

/** Exact money: the amount is a canonical decimal string (never a float), the currency ISO 4217. */
export interface Money {
  readonly amount: string;
  readonly currency: string;
}

export interface MoneyInput {
  readonly amount: string;
  readonly currency: string;
}

// Unit prices may carry fractions of a cent (0.0125); four places cover every ISO 4217 minor unit.
export const MAX_FRACTION_DIGITS = 4;
const AMOUNT_PATTERN = /^\d{1,15}(?:\.\d{1,4})?$/;
const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/** Trimmed, upper-cased ISO 4217 code. */
export function normalizeCurrency(value: string, field = 'currency'): string {
  const currency = value.trim().toUpperCase();
  if (!CURRENCY_PATTERN.test(currency)) {
    throw new SalesError('SALES.INVALID_CURRENCY', 'currency must be an ISO 4217 code such as EUR', field);
  }
  return currency;
}

/** A non-negative amount with at most four fraction digits, as canonical money. */
export function normalizeMoney(input: MoneyInput, field: string): Money {
  const amount = input.amount.trim();
  if (!AMOUNT_PATTERN.test(amount)) {
    throw new SalesError(
      'SALES.INVALID_AMOUNT',
      `amount must be a non-negative decimal string with at most ${MAX_FRACTION_DIGITS} fraction digits`,
      `${field}.amount`,
    );
  }
  return {
    amount: formatAmount(new Decimal(amount)),
    currency: normalizeCurrency(input.currency, `${field}.currency`),
  };
}

/** At least two fraction digits ("10.10", "0.30"), more only when the value has them ("0.0125"). */
export function formatAmount(value: Decimal): string {
  return value.toFixed(Math.max(2, value.decimalPlaces()));
}

export function multiplyAmount(amount: string, factor: number | string): string {
  return formatAmount(new Decimal(amount).times(new Decimal(factor)));
}

export function sumAmounts(amounts: readonly string[]): string {
  return formatAmount(amounts.reduce((total, amount) => total.plus(amount), new Decimal(0)));
}

export function sameMoney(left: Money, right: Money): boolean {
  return left.currency === right.currency && new Decimal(left.amount).equals(right.amount);
}
