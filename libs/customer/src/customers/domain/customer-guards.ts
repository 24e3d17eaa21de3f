import { CustomerError } from './customer.errors';
import type { Customer, CustomerState } from './customer.state';

/**
 * The customer a command may act on: registered, in the caller's tenant, not archived. Another
 * tenant's customer is reported as not found, so ids never leak across tenants.
 */
export function activeCustomer(state: CustomerState, tenantId: string, customerId: string): Customer {
  if (state.kind === 'unregistered' || state.customer.tenantId !== tenantId) {
    throw new CustomerError('CUSTOMER.NOT_FOUND', `Customer ${customerId} does not exist`);
  }
  if (state.kind === 'archived') {
    throw new CustomerError('CUSTOMER.ARCHIVED', `Customer ${customerId} is archived and accepts no changes`);
  }
  return state.customer;
}

/** The region national phone numbers are read in: the customer's country, else the command's default. */
export function phoneRegionOf(
  country: string | null | undefined,
  defaultRegion: string | undefined,
): string | null {
  return country ?? defaultRegion?.trim().toUpperCase() ?? null;
}
