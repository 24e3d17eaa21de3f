import type { AddContact, LogInteraction, RegisterCustomer, UpdateCustomer } from './customer.commands';
import type { CustomerRegistered } from './customer.events';

// Builders with defaults for specs: a test states only what it is about.
export const TENANT = 'tenant-1';
export const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';
export const REGISTERED_AT = '2025-01-10T09:00:00.000Z';

export function registerCustomer(overrides: Partial<RegisterCustomer['data']> = {}): RegisterCustomer {
  return {
    type: 'RegisterCustomer',
    data: {
      tenantId: TENANT,
      customerId: CUSTOMER_ID,
      customerType: 'company',
      name: 'Acme GmbH',
      registeredAt: REGISTERED_AT,
      ...overrides,
    },
  };
}

export function customerRegistered(overrides: Partial<CustomerRegistered['data']> = {}): CustomerRegistered {
  return {
    type: 'customer.CustomerRegistered',
    data: {
      customerId: CUSTOMER_ID,
      tenantId: TENANT,
      customerType: 'company',
      name: 'Acme GmbH',
      email: null,
      phone: null,
      address: null,
      status: 'prospect',
      channel: 'direct',
      ownerId: null,
      tags: [],
      externalRef: null,
      registeredAt: REGISTERED_AT,
      ...overrides,
    },
  };
}

export function updateCustomer(
  patch: UpdateCustomer['data']['patch'],
  overrides: Partial<UpdateCustomer['data']> = {},
): UpdateCustomer {
  return { type: 'UpdateCustomer', data: { tenantId: TENANT, customerId: CUSTOMER_ID, patch, ...overrides } };
}

export function addContact(overrides: Partial<AddContact['data']> = {}): AddContact {
  return {
    type: 'AddContact',
    data: {
      tenantId: TENANT,
      customerId: CUSTOMER_ID,
      contactId: 'contact-1',
      name: 'Jane Doe',
      ...overrides,
    },
  };
}

export function logInteraction(overrides: Partial<LogInteraction['data']> = {}): LogInteraction {
  return {
    type: 'LogInteraction',
    data: {
      tenantId: TENANT,
      customerId: CUSTOMER_ID,
      interactionId: 'interaction-1',
      channel: 'phone',
      direction: 'outbound',
      subject: 'Renewal call',
      occurredAt: '2025-02-01T10:00:00.000Z',
      loggedAt: '2025-02-01T10:30:00.000Z',
      ...overrides,
    },
  };
}
