/**
 * The request/response message patterns of the customer service (`@nestjs/microservices`, TCP). The
 * payloads are the customer context's application inputs and results, as JSON.
 */
export const CUSTOMER_PATTERNS = {
  register: 'customer.register',
  update: 'customer.update',
  archive: 'customer.archive',
  addContact: 'customer.add-contact',
  logInteraction: 'customer.log-interaction',
  merge: 'customer.merge',
  getById: 'customer.get-by-id',
  getAsOf: 'customer.get-as-of',
  history: 'customer.history',
  list: 'customer.list',
  interactionsOf: 'customer.interactions-of',
  timelineOf: 'customer.timeline-of',
  duplicates: 'customer.duplicates',
  health: 'customer.health',
} as const;

/** An error as it crosses the transport: enough to raise the same typed error on the caller's side. */
export interface RemoteErrorPayload {
  readonly code: string;
  /** A DomainErrorKind, or `internal` for anything unexpected. */
  readonly kind: string;
  readonly message: string;
  readonly fields?: readonly { readonly field: string; readonly message: string }[];
  readonly retryAfterSeconds?: number;
}
