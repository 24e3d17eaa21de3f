import { DeciderSpec } from '@crm/testing';
import { customerRegistered, registerCustomer } from './customer.builders';
import { customerDecider, decideCustomer } from './customer.decider';

describe(decideCustomer.name, () => {
  const given = DeciderSpec.for(customerDecider);

  describe('RegisterCustomer', () => {
    it('registers a prospect from the direct channel by default', () => {
      given([]).when(registerCustomer()).then([customerRegistered()]);
    });

    it('normalises every profile field', () => {
      const command = registerCustomer({
        name: '  Acme   GmbH ',
        email: ' Info@ACME.example ',
        phone: '030 1234567',
        address: {
          line1: ' Hauptstrasse 5 ',
          line2: '  ',
          city: 'Berlin',
          postalCode: '10115',
          country: 'de',
        },
        status: 'active',
        channel: 'partner',
        ownerId: 'user-7',
        tags: [' VIP', 'vip', 'Berlin '],
        externalRef: 'legacy-42',
      });
      given([])
        .when(command)
        .then([
          customerRegistered({
            email: 'info@acme.example',
            phone: '+49301234567',
            address: {
              line1: 'Hauptstrasse 5',
              line2: null,
              city: 'Berlin',
              postalCode: '10115',
              region: null,
              country: 'DE',
            },
            status: 'active',
            channel: 'partner',
            ownerId: 'user-7',
            tags: ['vip', 'berlin'],
            externalRef: 'legacy-42',
          }),
        ]);
    });

    it('reads a national phone number in the default region when there is no address', () => {
      const command = registerCustomer({ phone: '(212) 555-0123', defaultPhoneRegion: 'us' });
      given([])
        .when(command)
        .then([customerRegistered({ phone: '+12125550123' })]);
    });

    it('accepts an international phone number without any region', () => {
      given([])
        .when(registerCustomer({ phone: '+44 20 7946 0958' }))
        .then([customerRegistered({ phone: '+442079460958' })]);
    });

    it('rejects a national phone number it cannot place', () => {
      given([])
        .when(registerCustomer({ phone: '030 1234567' }))
        .thenThrows('CUSTOMER.INVALID_PHONE');
    });

    it('rejects an invalid phone number', () => {
      given([])
        .when(registerCustomer({ phone: '+49 12', defaultPhoneRegion: 'DE' }))
        .thenThrows('CUSTOMER.INVALID_PHONE');
    });

    it.each(['not-an-email', 'a@b', 'two@@example.com', 'spaces in@example.com'])(
      'rejects the email %s',
      (email) => {
        given([]).when(registerCustomer({ email })).thenThrows('CUSTOMER.INVALID_EMAIL');
      },
    );

    it('rejects a blank name', () => {
      given([])
        .when(registerCustomer({ name: '   ' }))
        .thenThrows('CUSTOMER.INVALID_NAME');
    });

    it('rejects a country that is not ISO 3166 alpha-2', () => {
      const address = { line1: 'High Street 1', city: 'London', country: 'UK' };
      given([]).when(registerCustomer({ address })).thenThrows('CUSTOMER.INVALID_ADDRESS');
    });

    it('rejects a blank city', () => {
      const address = { line1: 'High Street 1', city: ' ', country: 'GB' };
      given([]).when(registerCustomer({ address })).thenThrows('CUSTOMER.INVALID_ADDRESS');
    });

    it('rejects more than 20 distinct tags but counts duplicates once', () => {
      const tags = Array.from({ length: 21 }, (_, index) => `tag-${index}`);
      given([]).when(registerCustomer({ tags })).thenThrows('CUSTOMER.INVALID_TAGS');
      const twentyWithDuplicates = [...tags.slice(0, 20), 'TAG-0'];
      given([])
        .when(registerCustomer({ tags: twentyWithDuplicates }))
        .then([customerRegistered({ tags: tags.slice(0, 20) })]);
    });

    it('rejects registering the same customer twice', () => {
      given([customerRegistered()]).when(registerCustomer()).thenThrows('CUSTOMER.ALREADY_REGISTERED');
    });
  });
});
