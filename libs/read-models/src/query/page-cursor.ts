import type { FieldValue } from '../document-store.port';
import { InvalidCursorError } from '../read-model.errors';

/** What a cursor remembers: the sort it belongs to and the last item's sort value and id. */
export interface PageCursor {
  readonly orderBy: string;
  readonly direction: 'asc' | 'desc';
  readonly value: FieldValue;
  readonly id: string;
}

export function encodeCursor(cursor: PageCursor): string {
  const payload = [cursor.orderBy, cursor.direction, cursor.value, cursor.id];
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** Decodes a cursor and checks it was issued for the same sort; anything else is InvalidCursorError. */
export function decodeCursor(encoded: string, orderBy: string, direction: 'asc' | 'desc'): PageCursor {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) throw new InvalidCursorError('not base64url');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('not readable');
  }
  if (!Array.isArray(payload) || payload.length !== 4) throw new InvalidCursorError('wrong shape');
  const [cursorOrderBy, cursorDirection, value, id] = payload as unknown[];
  if (cursorOrderBy !== orderBy || cursorDirection !== direction) {
    throw new InvalidCursorError('issued for another sort order');
  }
  if (typeof id !== 'string' || !isFieldValue(value)) throw new InvalidCursorError('wrong shape');
  return { orderBy, direction, value, id };
}

function isFieldValue(value: unknown): value is FieldValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
