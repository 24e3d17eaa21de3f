import { CustomerError } from '../domain';

/** The read model has not caught up with the version the caller asked for within the wait budget. */
export class ReadModelBehindError extends Error {
  readonly code = 'CUSTOMER.READ_MODEL_BEHIND';

  constructor(
    readonly minVersion: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`The customer read model has not reached version ${minVersion} yet; retry shortly`);
    this.name = 'ReadModelBehindError';
  }
}

export function customerNotFound(customerId: string): CustomerError {
  return new CustomerError('CUSTOMER.NOT_FOUND', `Customer ${customerId} does not exist`);
}
