import { AnalyticsError } from './analytics-error';

/** One page of a list held whole in memory (a computed result), with an opaque offset cursor. */
export function pageOf<T>(
  items: readonly T[],
  page: { readonly limit: number; readonly cursor?: string },
): { items: T[]; nextCursor: string | null } {
  const offset = page.cursor === undefined ? 0 : Number(Buffer.from(page.cursor, 'base64url').toString());
  if (!Number.isInteger(offset) || offset < 0) {
    throw new AnalyticsError('INVALID_CURSOR', 'validation', 'cursor is not one this list gave out');
  }
  const slice = items.slice(offset, offset + page.limit);
  const next = offset + slice.length;
  return {
    items: slice,
    nextCursor: next < items.length ? Buffer.from(String(next)).toString('base64url') : null,
  };
}
