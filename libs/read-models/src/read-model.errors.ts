import { DomainError } from '@crm/core';

/** A `cursor` that no page of this query produced: tampered, truncated, or from another sort order. */
export class InvalidCursorError extends DomainError {
  constructor(reason: string) {
    super('READ_MODEL.INVALID_CURSOR', 'validation', `Invalid cursor: ${reason}`);
    this.name = 'InvalidCursorError';
  }
}

/** A query named a field that is not a plain dotted path, or asked for a page size out of range. */
export class InvalidQueryError extends DomainError {
  constructor(message: string) {
    super('READ_MODEL.INVALID_QUERY', 'validation', message);
    this.name = 'InvalidQueryError';
  }
}
