import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { isCountryCode } from './country-codes';
import { CustomerError } from './customer.errors';

const MAX_EMAIL_LENGTH = 254;
// Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is checked by sending mail.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Trimmed and lower-cased, so that duplicates and searches compare equal. */
export function normalizeEmail(value: string, field = 'email'): string {
  const email = value.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(email)) {
    throw new CustomerError('CUSTOMER.INVALID_EMAIL', `${value} is not a valid email address`, field);
  }
  return email;
}

/**
 * E.164 (`+4930123456`). A national number needs a region: the customer's country, else the default
 * region that came with the command; a number in international form needs none.
 */
export function normalizePhone(value: string, region: string | null, field = 'phone'): string {
  const defaultCountry = region !== null && isCountryCode(region) ? (region as CountryCode) : undefined;
  const phone = parsePhoneNumberFromString(value.trim(), defaultCountry);
  if (!phone?.isValid()) {
    const hint =
      defaultCountry === undefined
        ? ' (use the international form +<country code>...)'
        : ` for region ${region ?? ''}`;
    throw new CustomerError('CUSTOMER.INVALID_PHONE', `${value} is not a valid phone number${hint}`, field);
  }
  return phone.number;
}

export function normalizeOptionalEmail(value: string | null | undefined, field = 'email'): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : normalizeEmail(value, field);
}

export function normalizeOptionalPhone(
  value: string | null | undefined,
  region: string | null,
  field = 'phone',
): string | null {
  return value === null || value === undefined || value.trim() === ''
    ? null
    : normalizePhone(value, region, field);
}
