import { DeciderSpec } from '@crm/testing';
import {
  addContact,
  customerRegistered,
  CUSTOMER_ID,
  logInteraction,
  registerCustomer,
  updateCustomer,
} from './customer.builders';
import type { CustomerCommand } from './customer.commands';
import { customerDecider, decideCustomer } from './customer.decider';
import type { CustomerEvent } from './customer.events';

const archive: CustomerCommand = {
  type: 'ArchiveCustomer',
  data: {
    tenantId: 'tenant-1',
    customerId: CUSTOMER_ID,
    reason: ' Closed down ',
    archivedAt: '2025-03-01T00:00:00.000Z',
  },
};
const archived: CustomerEvent = {
  type: 'customer.CustomerArchived',
  data: { customerId: CUSTOMER_ID, reason: 'Closed down', archivedAt: '2025-03-01T00:00:00.000Z' },
};

describe(decideCustomer.name, () => {
  const given = DeciderSpec.for(customerDecider);

  describe('ArchiveCustomer', () => {
    it('archives a customer with a reason', () => {
      given([customerRegistered()]).when(archive).then([archived]);
    });

    it('rejects archiving an unknown customer', () => {
      given([]).when(archive).thenThrows('CUSTOMER.NOT_FOUND');
    });

    const everyCommand: CustomerCommand[] = [
      registerCustomer(),
      updateCustomer({ name: 'Acme SE' }),
      archive,
      addContact(),
      logInteraction(),
    ];
    it.each(everyCommand.map((command) => [command.type, command] as const))(
      'rejects %s on an archived customer',
      (_type, command) => {
        const expected =
          command.type === 'RegisterCustomer' ? 'CUSTOMER.ALREADY_REGISTERED' : 'CUSTOMER.ARCHIVED';
        given([customerRegistered(), archived]).when(command).thenThrows(expected);
      },
    );
  });

  describe('AddContact', () => {
    const company = customerRegistered({
      address: {
        line1: 'Hauptstrasse 5',
        line2: null,
        city: 'Berlin',
        postalCode: null,
        region: null,
        country: 'DE',
      },
    });

    it('adds a contact to a company, phone read in the company country', () => {
      const command = addContact({ email: ' Jane@Acme.example', phone: '030 1234568', role: ' Buyer ' });
      given([company])
        .when(command)
        .then([
          {
            type: 'customer.ContactAdded',
            data: {
              customerId: CUSTOMER_ID,
              contactId: 'contact-1',
              name: 'Jane Doe',
              email: 'jane@acme.example',
              phone: '+49301234568',
              role: 'Buyer',
            },
          },
        ]);
    });

    it('rejects a contact for a person', () => {
      given([customerRegistered({ customerType: 'person' })])
        .when(addContact())
        .thenThrows('CUSTOMER.PERSON_HAS_NO_CONTACTS');
    });

    it('rejects a second contact with the same email', () => {
      const first: CustomerEvent = {
        type: 'customer.ContactAdded',
        data: {
          customerId: CUSTOMER_ID,
          contactId: 'contact-1',
          name: 'Jane Doe',
          email: 'jane@acme.example',
          phone: null,
          role: null,
        },
      };
      given([company, first])
        .when(addContact({ contactId: 'contact-2', email: 'JANE@acme.example' }))
        .thenThrows('CUSTOMER.DUPLICATE_CONTACT');
    });

    it('rejects an invalid contact email', () => {
      given([company])
        .when(addContact({ email: 'jane' }))
        .thenThrows('CUSTOMER.INVALID_EMAIL');
    });
  });

  describe('LogInteraction', () => {
    it('logs an interaction with trimmed texts and a UTC instant', () => {
      const command = logInteraction({
        notes: ' Wants a discount ',
        outcome: '  ',
        occurredAt: '2025-02-01T11:00:00+01:00',
      });
      given([customerRegistered()])
        .when(command)
        .then([
          {
            type: 'customer.InteractionLogged',
            data: {
              customerId: CUSTOMER_ID,
              interactionId: 'interaction-1',
              channel: 'phone',
              direction: 'outbound',
              subject: 'Renewal call',
              notes: 'Wants a discount',
              outcome: null,
              occurredAt: '2025-02-01T10:00:00.000Z',
            },
          },
        ]);
    });

    it('rejects an interaction in the future beyond clock skew', () => {
      given([customerRegistered()])
        .when(logInteraction({ occurredAt: '2025-02-01T11:00:00.000Z' }))
        .thenThrows('CUSTOMER.INTERACTION_IN_FUTURE');
    });

    it('rejects an unreadable instant and a blank subject', () => {
      given([customerRegistered()])
        .when(logInteraction({ occurredAt: 'yesterday' }))
        .thenThrows('CUSTOMER.INVALID_OCCURRED_AT');
      given([customerRegistered()])
        .when(logInteraction({ subject: ' ' }))
        .thenThrows('CUSTOMER.INVALID_TEXT');
    });
  });

  describe('tenancy', () => {
    it("treats another tenant's customer as not found", () => {
      given([customerRegistered()])
        .when(updateCustomer({ name: 'Mine' }, { tenantId: 'tenant-2' }))
        .thenThrows('CUSTOMER.NOT_FOUND');
      given([customerRegistered(), archived])
        .when(logInteraction({ tenantId: 'tenant-2' }))
        .thenThrows('CUSTOMER.NOT_FOUND');
    });
  });
});
