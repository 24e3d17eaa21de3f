import { DeciderSpec } from '@crm/testing';
import { customerRegistered, CUSTOMER_ID, updateCustomer } from './customer.builders';
import { customerDecider, decideCustomer } from './customer.decider';
import type { CustomerEvent } from './customer.events';

describe(decideCustomer.name, () => {
  const given = DeciderSpec.for(customerDecider);
  const registered = customerRegistered({ email: 'info@acme.example', tags: ['vip', 'berlin'] });

  describe('UpdateCustomer', () => {
    it('records only the profile fields that changed, with from and to', () => {
      const patch = { name: 'Acme SE', email: ' INFO@acme.example ', tags: ['berlin', 'VIP'] };
      given([registered])
        .when(updateCustomer(patch))
        .then([
          {
            type: 'customer.CustomerProfileUpdated',
            data: { customerId: CUSTOMER_ID, changes: { name: { from: 'Acme GmbH', to: 'Acme SE' } } },
          },
        ]);
    });

    it('emits one event per aspect: profile, status and owner', () => {
      const patch = { phone: '+49 30 1234567', status: 'active' as const, ownerId: 'user-2' };
      const expected: CustomerEvent[] = [
        {
          type: 'customer.CustomerProfileUpdated',
          data: { customerId: CUSTOMER_ID, changes: { phone: { from: null, to: '+49301234567' } } },
        },
        {
          type: 'customer.CustomerStatusChanged',
          data: { customerId: CUSTOMER_ID, changes: { status: { from: 'prospect', to: 'active' } } },
        },
        {
          type: 'customer.CustomerOwnerChanged',
          data: { customerId: CUSTOMER_ID, changes: { ownerId: { from: null, to: 'user-2' } } },
        },
      ];
      given([registered]).when(updateCustomer(patch)).then(expected);
    });

    it('clears an optional field given null', () => {
      given([registered])
        .when(updateCustomer({ email: null }))
        .then([
          {
            type: 'customer.CustomerProfileUpdated',
            data: { customerId: CUSTOMER_ID, changes: { email: { from: 'info@acme.example', to: null } } },
          },
        ]);
    });

    it('reads a national phone number in the country of the new address', () => {
      const address = { line1: '1 Main St', city: 'Springfield', country: 'US' };
      const expectedAddress = {
        line1: '1 Main St',
        line2: null,
        city: 'Springfield',
        postalCode: null,
        region: null,
        country: 'US',
      };
      given([registered])
        .when(updateCustomer({ address, phone: '(212) 555-0123' }))
        .then([
          {
            type: 'customer.CustomerProfileUpdated',
            data: {
              customerId: CUSTOMER_ID,
              changes: {
                phone: { from: null, to: '+12125550123' },
                address: { from: null, to: expectedAddress },
              },
            },
          },
        ]);
    });

    it('yields no events when nothing changes (not an error)', () => {
      const patch = {
        name: 'Acme GmbH',
        status: 'prospect' as const,
        ownerId: null,
        tags: ['BERLIN', 'vip'],
      };
      given([registered]).when(updateCustomer(patch)).then([]);
      given([registered]).when(updateCustomer({})).then([]);
    });

    it('decides on the state after earlier updates', () => {
      const renamed: CustomerEvent = {
        type: 'customer.CustomerProfileUpdated',
        data: { customerId: CUSTOMER_ID, changes: { name: { from: 'Acme GmbH', to: 'Acme SE' } } },
      };
      given([registered, renamed])
        .when(updateCustomer({ name: 'Acme SE' }))
        .then([]);
    });

    it('validates the new values', () => {
      given([registered])
        .when(updateCustomer({ email: 'nope' }))
        .thenThrows('CUSTOMER.INVALID_EMAIL');
      given([registered])
        .when(updateCustomer({ phone: '12' }))
        .thenThrows('CUSTOMER.INVALID_PHONE');
      given([registered])
        .when(updateCustomer({ name: ' ' }))
        .thenThrows('CUSTOMER.INVALID_NAME');
    });

    it('rejects an update of a customer that was never registered', () => {
      given([])
        .when(updateCustomer({ name: 'Ghost' }))
        .thenThrows('CUSTOMER.NOT_FOUND');
    });
  });
});
