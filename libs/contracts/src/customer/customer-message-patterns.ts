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
  /** Generic calls (bulk import): an allow-listed method of an application service, as sales.call. */
  call: 'customer.call',
} as const;
