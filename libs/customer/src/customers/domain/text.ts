import { CustomerError } from './customer.errors';
import { MAX_NAME_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from './customer.values';

export function normalizeName(value: string, field = 'name'): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name === '') throw new CustomerError('CUSTOMER.INVALID_NAME', 'name must not be blank', field);
  if (name.length > MAX_NAME_LENGTH) {
    throw new CustomerError('CUSTOMER.INVALID_NAME', `name exceeds ${MAX_NAME_LENGTH} characters`, field);
  }
  return name;
}

/** Required free text (an interaction subject): trimmed, not blank, bounded. */
export function normalizeText(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text === '') throw new CustomerError('CUSTOMER.INVALID_TEXT', `${field} must not be blank`, field);
  if (text.length > maxLength) {
    throw new CustomerError('CUSTOMER.INVALID_TEXT', `${field} exceeds ${maxLength} characters`, field);
  }
  return text;
}

/** Optional free text: blank becomes null. */
export function normalizeOptionalText(
  value: string | null | undefined,
  field: string,
  maxLength: number,
): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return normalizeText(value, field, maxLength);
}

/** Trimmed, lower-cased, de-duplicated in first-seen order, at most MAX_TAGS. */
export function normalizeTags(values: readonly string[]): string[] {
  const tags = [...new Set(values.map((value) => value.trim().toLowerCase()).filter((tag) => tag !== ''))];
  if (tags.length > MAX_TAGS)
    throw new CustomerError('CUSTOMER.INVALID_TAGS', `at most ${MAX_TAGS} tags`, 'tags');
  const tooLong = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
  if (tooLong !== undefined) {
    throw new CustomerError(
      'CUSTOMER.INVALID_TAGS',
      `tag exceeds ${MAX_TAG_LENGTH} characters: ${tooLong}`,
      'tags',
    );
  }
  return tags;
}
