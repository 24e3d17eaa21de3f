import { assertNever, type Decider } from '@crm/core';
import { normalizeAddress } from './address';
import { normalizeOptionalEmail, normalizeOptionalPhone } from './contact-details';
import type { AddContact, ArchiveCustomer, CustomerCommand, RegisterCustomer } from './customer.commands';
import { CustomerError } from './customer.errors';
import type { CustomerEvent } from './customer.events';
import { evolveCustomer, initialCustomerState } from './customer.evolve';
import { activeCustomer, phoneRegionOf } from './customer-guards';
import type { CustomerState } from './customer.state';
import { DEFAULT_ACQUISITION_CHANNEL, DEFAULT_CUSTOMER_STATUS } from './customer.values';
import { logInteraction } from './log-interaction';
import { absorbDuplicate, mergeIntoSurvivor } from './merge-customer';
import { normalizeName, normalizeOptionalText, normalizeTags } from './text';
import { updateCustomer } from './update-customer';

const MAX_SHORT_TEXT = 200;
const MAX_REASON_LENGTH = 500;

export function decideCustomer(command: CustomerCommand, state: CustomerState): CustomerEvent[] {
  switch (command.type) {
    case 'RegisterCustomer':
      return registerCustomer(command, state);
    case 'UpdateCustomer':
      return updateCustomer(command, state);
    case 'ArchiveCustomer':
      return archiveCustomer(command, state);
    case 'AddContact':
      return addContact(command, state);
    case 'LogInteraction':
      return logInteraction(command, state);
    case 'MergeIntoSurvivor':
      return mergeIntoSurvivor(command, state);
    case 'AbsorbDuplicate':
      return absorbDuplicate(command, state);
    default:
      return assertNever(command);
  }
}

/** The customer aggregate: one stream per customer, `customer.customer-<id>`. */
export const customerDecider: Decider<CustomerState, CustomerCommand, CustomerEvent> = {
  initialState: initialCustomerState,
  evolve: evolveCustomer,
  decide: decideCustomer,
};

function registerCustomer(command: RegisterCustomer, state: CustomerState): CustomerEvent[] {
  const { data } = command;
  if (state.kind !== 'unregistered') {
    throw new CustomerError(
      'CUSTOMER.ALREADY_REGISTERED',
      `Customer ${data.customerId} is already registered`,
    );
  }
  const address = data.address ? normalizeAddress(data.address) : null;
  const region = phoneRegionOf(address?.country, data.defaultPhoneRegion);
  return [
    {
      type: 'customer.CustomerRegistered',
      data: {
        customerId: data.customerId,
        tenantId: data.tenantId,
        customerType: data.customerType,
        name: normalizeName(data.name),
        email: normalizeOptionalEmail(data.email),
        phone: normalizeOptionalPhone(data.phone, region),
        address,
        status: data.status ?? DEFAULT_CUSTOMER_STATUS,
        channel: data.channel ?? DEFAULT_ACQUISITION_CHANNEL,
        ownerId: normalizeOptionalText(data.ownerId, 'ownerId', MAX_SHORT_TEXT),
        tags: normalizeTags(data.tags ?? []),
        externalRef: normalizeOptionalText(data.externalRef, 'externalRef', MAX_SHORT_TEXT),
        registeredAt: data.registeredAt,
      },
    },
  ];
}

function archiveCustomer(command: ArchiveCustomer, state: CustomerState): CustomerEvent[] {
  const { tenantId, customerId, reason, archivedAt } = command.data;
  activeCustomer(state, tenantId, customerId);
  return [
    {
      type: 'customer.CustomerArchived',
      data: { customerId, reason: normalizeOptionalText(reason, 'reason', MAX_REASON_LENGTH), archivedAt },
    },
  ];
}

function addContact(command: AddContact, state: CustomerState): CustomerEvent[] {
  const { tenantId, customerId, contactId, defaultPhoneRegion } = command.data;
  const customer = activeCustomer(state, tenantId, customerId);
  if (customer.customerType === 'person') {
    throw new CustomerError(
      'CUSTOMER.PERSON_HAS_NO_CONTACTS',
      'Only a company has contacts; a person is its own contact',
    );
  }
  const email = normalizeOptionalEmail(command.data.email);
  const duplicate = customer.contacts.find(
    (contact) => contact.contactId === contactId || (email !== null && contact.email === email),
  );
  if (duplicate) {
    throw new CustomerError(
      'CUSTOMER.DUPLICATE_CONTACT',
      `Contact ${duplicate.name} already has this id or email`,
      'email',
    );
  }
  const region = phoneRegionOf(customer.address?.country, defaultPhoneRegion);
  return [
    {
      type: 'customer.ContactAdded',
      data: {
        customerId,
        contactId,
        name: normalizeName(command.data.name),
        email,
        phone: normalizeOptionalPhone(command.data.phone, region),
        role: normalizeOptionalText(command.data.role, 'role', MAX_SHORT_TEXT),
      },
    },
  ];
}
