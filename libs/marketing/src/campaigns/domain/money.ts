import { Decimal } from 'decimal.js';
import { CampaignError } from './campaign.errors';
import type { Money } from './campaign.values';

const DECIMAL_PATTERN = /^\d{1,15}(?:\.\d{1,4})?$/;
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** How many minor-unit digits a currency has (EUR 2, JPY 0, BHD 3), from the ICU data Node ships. */
export function minorDigitsOf(currency: string): number {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return format.resolvedOptions().maximumFractionDigits ?? 2;
}

/** An ISO 4217 code this runtime knows, upper-cased; anything else is a validation error. */
export function normalizeCurrency(value: string, field: string): string {
  const currency = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency) || !KNOWN_CURRENCIES.has(currency)) {
    throw new CampaignError('CAMPAIGN.INVALID_BUDGET', `${value} is not an ISO 4217 currency code`, field);
  }
  return currency;
}

/**
 * A non-negative decimal string with no more fraction digits than the currency has, written with
 * exactly that many (`"1500"` EUR becomes `"1500.00"`), so equal amounts compare equal as strings.
 */
export function normalizeMoney(money: Money, field: string): Money {
  const currency = normalizeCurrency(money.currency, `${field}.currency`);
  const amount = money.amount.trim();
  if (!DECIMAL_PATTERN.test(amount)) {
    throw new CampaignError(
      'CAMPAIGN.INVALID_BUDGET',
      `${money.amount} is not a non-negative decimal amount such as "1500.00"`,
      `${field}.amount`,
    );
  }
  const value = new Decimal(amount);
  const digits = minorDigitsOf(currency);
  if (value.decimalPlaces() > digits) {
    throw new CampaignError(
      'CAMPAIGN.INVALID_BUDGET',
      `${currency} amounts have at most ${digits} fraction digits`,
      `${field}.amount`,
    );
  }
  return { amount: value.toFixed(digits), currency };
}

/** Formats an exact amount in the currency's minor units. */
export function formatAmount(value: Decimal, currency: string): string {
  return value.toFixed(minorDigitsOf(currency));
}
