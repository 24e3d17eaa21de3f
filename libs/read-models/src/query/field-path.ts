import { InvalidQueryError } from '../read-model.errors';

const DOTTED_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Field names reach SQL and Mongo filters: only plain dotted identifiers are accepted. */
export function assertFieldPath(field: string): string {
  if (!DOTTED_PATH.test(field)) throw new InvalidQueryError(`Invalid field path: ${field}`);
  return field;
}

export const MAX_PAGE_SIZE = 1000;

export function assertPageSize(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new InvalidQueryError(`limit must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  return limit;
}
