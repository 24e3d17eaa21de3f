import type { FieldCondition, FieldValue, FindQuery } from '../document-store.port';
import { assertFieldPath } from '../query/field-path';
import type { PageCursor } from '../query/page-cursor';

export interface SqlFragment {
  readonly sql: string;
  readonly parameters: unknown[];
}

const ID_ORDER = 'id';

/** `$.a.b` for a dotted field; the path is bound as a parameter, never spliced into SQL. */
export function jsonPath(field: string): string {
  return `$.${assertFieldPath(field)}`;
}

/** The sort expression: the id column itself, or a data field. */
export function sortExpression(orderBy: string): SqlFragment {
  if (orderBy === ID_ORDER) return { sql: 'id', parameters: [] };
  return { sql: 'json_extract(data, ?)', parameters: [jsonPath(orderBy)] };
}

export function whereClauses(query: FindQuery): SqlFragment[] {
  const clauses: SqlFragment[] = [];
  for (const [field, condition] of Object.entries(query.where ?? {})) {
    clauses.push(fieldCondition(jsonPath(field), condition));
  }
  if (query.search && query.search.fields.length > 0) {
    const parts = query.search.fields.map(() => `instr(crm_lower(json_extract(data, ?)), ?) > 0`);
    const term = query.search.term.toLowerCase();
    clauses.push({
      sql: `(${parts.join(' OR ')})`,
      parameters: query.search.fields.flatMap((field) => [jsonPath(field), term]),
    });
  }
  return clauses;
}

function fieldCondition(path: string, condition: FieldCondition): SqlFragment {
  const extracted: ValueColumns = {
    value: 'json_extract(data, ?)',
    type: 'json_type(data, ?)',
    pathParameters: 1,
  };
  if (condition !== null && typeof condition === 'object') {
    if ('in' in condition) {
      if (condition.in.length === 0) return { sql: '0', parameters: [] };
      const parts = condition.in.map((value) => valueEquals(extracted, path, value));
      return {
        sql: `(${parts.map((part) => part.sql).join(' OR ')})`,
        parameters: parts.flatMap((part) => part.parameters),
      };
    }
    const element = valueEquals({ value: 'value', type: 'type', pathParameters: 0 }, path, condition.has);
    return {
      sql: `EXISTS (SELECT 1 FROM json_each(data, ?) WHERE ${element.sql})`,
      parameters: [path, ...element.parameters],
    };
  }
  return valueEquals(extracted, path, condition);
}

interface ValueColumns {
  readonly value: string;
  readonly type: string;
  // json_extract/json_type take the path as a parameter; json_each's columns do not.
  readonly pathParameters: 0 | 1;
}

// Compares the JSON type too, so `true` never equals the number 1 (SQLite stores JSON booleans as 1/0).
function valueEquals(columns: ValueColumns, path: string, value: FieldValue): SqlFragment {
  const paths = columns.pathParameters === 1 ? [path] : [];
  if (value === null) return { sql: `(${columns.value} IS NULL)`, parameters: [...paths] };
  if (typeof value === 'boolean') {
    return { sql: `(${columns.type} = '${value ? 'true' : 'false'}')`, parameters: [...paths] };
  }
  const types = typeof value === 'string' ? `('text')` : `('integer', 'real')`;
  return {
    sql: `(${columns.type} IN ${types} AND ${columns.value} = ?)`,
    parameters: [...paths, ...paths, value],
  };
}

// Keyset condition matching SQLite's ORDER BY: NULLs sort first ascending and last descending.
export function afterCursor(sort: SqlFragment, cursor: PageCursor): SqlFragment {
  const s = sort.sql;
  const p = sort.parameters;
  if (cursor.direction === 'asc') {
    if (cursor.value === null) {
      return { sql: `((${s} IS NULL AND id > ?) OR ${s} IS NOT NULL)`, parameters: [...p, cursor.id, ...p] };
    }
    return {
      sql: `(${s} > ? OR (${s} = ? AND id > ?))`,
      parameters: [...p, sqlValue(cursor.value), ...p, sqlValue(cursor.value), cursor.id],
    };
  }
  if (cursor.value === null) return { sql: `(${s} IS NULL AND id < ?)`, parameters: [...p, cursor.id] };
  return {
    sql: `(${s} < ? OR (${s} = ? AND id < ?) OR ${s} IS NULL)`,
    parameters: [...p, sqlValue(cursor.value), ...p, sqlValue(cursor.value), cursor.id, ...p],
  };
}

/** better-sqlite3 binds no booleans; JSON booleans come out of json_extract as 1/0 anyway. */
export function sqlValue(value: FieldValue): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
