import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { LeadError } from './lead.errors';
import { MAX_LEAD_NAME_LENGTH } from './lead.values';

const MAX_EMAIL_LENGTH = 254;
// Deliberately loose (the customer context uses the same rule): one @, no spaces, a dot in the domain.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function normalizeLeadName(value: string, field: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name === '') throw new LeadError('LEAD.INVALID_NAME', `${field} must not be blank`, field);
  if (name.length > MAX_LEAD_NAME_LENGTH) {
    throw new LeadError('LEAD.INVALID_NAME', `${field} exceeds ${MAX_LEAD_NAME_LENGTH} characters`, field);
  }
  return name;
}

export function normalizeOptionalName(value: string | null | undefined, field: string): string | null {
  return isBlank(value) ? null : normalizeLeadName(value, field);
}

/** Trimmed and lower-cased, so the customer registered from this lead gets the same address. */
export function normalizeOptionalEmail(value: string | null | undefined): string | null {
  if (isBlank(value)) return null;
  const email = value.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(email)) {
    throw new LeadError('LEAD.INVALID_EMAIL', `${value} is not a valid email address`, 'email');
  }
  return email;
}

/**
 * E.164. Leads arrive from forms and lists of any country, so the number must be in international
 * form: a national number would be guessed into the wrong country.
 */
export function normalizeOptionalPhone(value: string | null | undefined): string | null {
  if (isBlank(value)) return null;
  const phone = parsePhoneNumberFromString(value.trim());
  if (!phone?.isValid()) {
    throw new LeadError(
      'LEAD.INVALID_PHONE',
      `${value} is not a valid phone number in international form (+<country code>...)`,
      'phone',
    );
  }
  return phone.number;
}

export function normalizeReason(value: string, maxLength: number): string {
  const reason = value.trim();
  if (reason === '') throw new LeadError('LEAD.INVALID_TEXT', 'reason must not be blank', 'reason');
  if (reason.length > maxLength) {
    throw new LeadError('LEAD.INVALID_TEXT', `reason exceeds ${maxLength} characters`, 'reason');
  }
  return reason;
}

function isBlank(value: string | null | undefined): value is null | undefined {
  return value === null || value === undefined || value.trim() === '';
}
