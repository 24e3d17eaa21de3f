import { DomainError, ReadModelBehindError } from '@crm/core';
import { fromRemoteError, toRemoteError } from './remote-error';

const roundTrip = (error: unknown): Error =>
  fromRemoteError(JSON.parse(JSON.stringify(toRemoteError(error))));

describe('errors across a service transport', () => {
  it('brings a domain error back with its code, kind and field problems', () => {
    const original = new DomainError('CUSTOMER.INVALID_EMAIL', 'validation', 'bad email', [
      { field: 'email', message: 'not an address' },
    ]);
    const back = roundTrip(original);
    expect(back).toBeInstanceOf(DomainError);
    expect(back).toMatchObject({ code: original.code, kind: 'validation', fields: original.fields });
  });

  it('brings read-model-behind back with its code and retry hint', () => {
    const back = roundTrip(new ReadModelBehindError('ORDER.READ_MODEL_BEHIND', 7, 2, 'not yet'));
    expect(back).toBeInstanceOf(ReadModelBehindError);
    expect(back).toMatchObject({ code: 'ORDER.READ_MODEL_BEHIND', minVersion: 7, retryAfterSeconds: 2 });
  });

  it('keeps the detail of an unexpected error on the service side', () => {
    expect(toRemoteError(new Error('password=secret'))).toEqual({
      code: 'INTERNAL',
      kind: 'internal',
      message: 'The service failed unexpectedly.',
    });
    expect(roundTrip(new Error('x'))).not.toBeInstanceOf(DomainError);
  });
});
