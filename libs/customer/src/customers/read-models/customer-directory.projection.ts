import type { EventEnvelope } from '@crm/contracts';
import type { Projection } from '@crm/read-models';
import { CUSTOMER_EVENT_TYPES, customerEventOf, evolveCustomer } from '../domain';
import { customerStateOf, customerViewOf, type CustomerView } from './customer-view';

export const CUSTOMER_DIRECTORY_COLLECTION = 'customer-directory';

/**
 * "Which customers do we have, and what do we know about each?" One document per customer, the same
 * view a command returns: it folds the decider's own `evolve`, so both can never disagree.
 */
export const customerDirectoryProjection: Projection<CustomerView> = {
  name: 'customer-directory',
  collection: CUSTOMER_DIRECTORY_COLLECTION,
  handles: CUSTOMER_EVENT_TYPES,
  documentId: (event: EventEnvelope) => customerIdOf(event),
  apply: (current, event) => {
    const customerEvent = customerEventOf(event);
    if (customerEvent === null) return null;
    const next = evolveCustomer(customerStateOf(current, event.tenantId), customerEvent);
    return customerViewOf(next, event.streamVersion);
  },
};

function customerIdOf(event: EventEnvelope): string | null {
  const data = event.data as { readonly customerId?: unknown };
  return typeof data.customerId === 'string' ? data.customerId : null;
}
