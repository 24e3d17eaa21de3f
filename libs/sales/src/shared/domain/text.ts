import { SalesError } from './sales.errors';

/** Required text: whitespace collapsed, not blank, bounded. */
export function normalizeText(value: string, field: string, maxLength: number): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === '') throw new SalesError('SALES.INVALID_TEXT', `${field} must not be blank`, field);
  if (text.length > maxLength) {
    throw new SalesError('SALES.INVALID_TEXT', `${field} exceeds ${maxLength} characters`, field);
  }
  return text;
}

/** Optional text: absent or blank becomes null. */
export function normalizeOptionalText(
  value: string | null | undefined,
  field: string,
  maxLength: number,
): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return normalizeText(value, field, maxLength);
}

/** An ISO-8601 instant as UTC with milliseconds. */
export function normalizeInstant(value: string, field: string): string {
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(time)) {
    throw new SalesError('SALES.INVALID_INSTANT', `${field} must be an ISO-8601 instant`, field);
  }
  return new Date(time).toISOString();
}

/** Whole seconds from one instant to the next (never negative). */
export function secondsBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
}
