import { DomainError } from '@crm/core';
import { CustomerReadModelBehindError } from '../application/customer-query.errors';
import { fromRemoteError, toRemoteError } from './remote-error';

const roundTrip = (error: unknown): Error =>
  fromRemoteError(JSON.parse(JSON.stringify(toRemoteError(error))));

describe('errors across the customer transport', () => {
  it('brings a domain error back with its code, kind and field problems', () => {
    const original = new DomainError('CUSTOMER.INVALID_EMAIL', 'validation', 'bad email', [
      { field: 'email', message: 'not an address' },
    ]);
    const back = roundTrip(original);
    expect(back).toBeInstanceOf(DomainError);
    expect(back).toMatchObject({ code: original.code, kind: 'validation', fields: original.fields });
  });

  it('brings read-model-behind back with its retry hint', () => {
    const back = roundTrip(new CustomerReadModelBehindError(7, 2));
    expect(back).toBeInstanceOf(CustomerReadModelBehindError);
    expect(back).toMatchObject({ minVersion: 7, retryAfterSeconds: 2 });
  });

  it('keeps the detail of an unexpected error on the service side', () => {
    expect(toRemoteError(new Error('password=secret'))).toEqual({
      code: 'INTERNAL',
      kind: 'internal',
      message: 'The customer service failed unexpectedly.',
    });
    expect(roundTrip(new Error('x'))).not.toBeInstanceOf(DomainError);
  });
});
