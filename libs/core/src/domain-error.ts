/** How a caller should treat a failure; the HTTP edge maps each kind to one status. */
export type DomainErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'illegal-state'
  | 'conflict'
  | 'precondition-failed'
  | 'unavailable';

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** Every business rule violation: a stable code (`CUSTOMER.ARCHIVED`), a kind, a human message. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
