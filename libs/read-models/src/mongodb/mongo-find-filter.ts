import type { FieldCondition, FieldValue, FindQuery } from '../document-store.port';
import { assertFieldPath } from '../query/field-path';
import type { PageCursor } from '../query/page-cursor';

/** A filter or sort over the stored shape; plain objects so the native driver takes them as they are. */
export type MongoFilter = Record<string, unknown>;
export type MongoSort = Record<string, 1 | -1>;

const ID_ORDER = 'id';

/** The stored field a query field names: the document id itself, or a field under `data`. */
export function storedField(field: string): string {
  return field === ID_ORDER ? ID_ORDER : `data.${assertFieldPath(field)}`;
}

/** Tenant, `where` and `search` as clauses to AND; the tenant is always the first. */
export function findClauses(tenantId: string, query: FindQuery): MongoFilter[] {
  const clauses: MongoFilter[] = [{ tenantId }];
  for (const [field, condition] of Object.entries(query.where ?? {})) {
    clauses.push({ [`data.${assertFieldPath(field)}`]: fieldCondition(condition) });
  }
  if (query.search && query.search.fields.length > 0) {
    const pattern = escapeRegularExpression(query.search.term);
    clauses.push({
      $or: query.search.fields.map((field) => ({
        [`data.${assertFieldPath(field)}`]: { $regex: pattern, $options: 'i' },
      })),
    });
  }
  return clauses;
}

// Equality on a scalar is type-strict in MongoDB (true never equals 1, 5 never equals '5'), as required.
function fieldCondition(condition: FieldCondition): unknown {
  if (condition !== null && typeof condition === 'object') {
    if ('in' in condition) return { $in: [...condition.in] };
    // Equality against an array field matches an element.
    return { $eq: condition.has };
  }
  return { $eq: condition };
}

export function escapeRegularExpression(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

export function findSort(orderBy: string, direction: 'asc' | 'desc'): MongoSort {
  const order = direction === 'asc' ? 1 : -1;
  if (orderBy === ID_ORDER) return { id: order };
  return { [storedField(orderBy)]: order, id: order };
}

/**
 * The keyset condition after a cursor, matching MongoDB's sort: null and missing sort first ascending and
 * last descending, ties broken by id (the same semantics as the SQLite adapter).
 */
export function afterCursor(cursor: PageCursor): MongoFilter {
  const ascending = cursor.direction === 'asc';
  const beyond = ascending ? '$gt' : '$lt';
  if (cursor.orderBy === ID_ORDER) return { id: { [beyond]: cursor.id } };
  const field = storedField(cursor.orderBy);
  const tie = { [field]: { $eq: cursor.value }, id: { [beyond]: cursor.id } };
  if (cursor.value === null) {
    return ascending ? { $or: [tie, { [field]: { $ne: null } }] } : tie;
  }
  const further: MongoFilter[] = [{ [field]: { [beyond]: cursor.value } }, tie];
  if (!ascending) further.push({ [field]: { $eq: null } });
  return { $or: further };
}

/** The sort value a cursor remembers: the field's value, null when the field is missing. */
export function sortValue(orderBy: string, id: string, data: unknown): FieldValue {
  if (orderBy === ID_ORDER) return id;
  let value: unknown = data;
  for (const key of orderBy.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return isFieldValue(value) ? value : null;
}

function isFieldValue(value: unknown): value is FieldValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
