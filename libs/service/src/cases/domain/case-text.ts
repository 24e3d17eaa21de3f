import { CaseError } from './case.errors';

/** Required free text: trimmed, not blank, bounded. */
export function requiredText(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text === '') throw new CaseError('CASE.INVALID_TEXT', `${field} must not be blank`, field);
  if (text.length > maxLength) {
    throw new CaseError('CASE.INVALID_TEXT', `${field} exceeds ${maxLength} characters`, field);
  }
  return text;
}

/** Optional free text: blank becomes null. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  maxLength: number,
): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(value, field, maxLength);
}
