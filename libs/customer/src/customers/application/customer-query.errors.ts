import { ReadModelBehindError } from '@crm/core';
import { CustomerError } from '../domain';

export class CustomerReadModelBehindError extends ReadModelBehindError {
  constructor(minVersion: number, retryAfterSeconds: number) {
    super(
      'CUSTOMER.READ_MODEL_BEHIND',
      minVersion,
      retryAfterSeconds,
      `The customer read model has not reached version ${minVersion} yet; retry shortly`,
    );
  }
}

export function customerNotFound(customerId: string): CustomerError {
  return new CustomerError('CUSTOMER.NOT_FOUND', `Customer ${customerId} does not exist`);
}
