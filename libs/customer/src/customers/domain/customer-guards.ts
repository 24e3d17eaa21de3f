import { CustomerError } from './customer.errors';
import type { Customer, CustomerState } from './customer.state';

/**
 * The customer a command may act on: registered, in the caller's tenant, neither archived nor merged. Another
 * tenant's customer is reported as not found, so ids never leak across tenants.
 */
export function activeCustomer(
  state: CustomerState,
  tenantId: string,
  customerId: string,
  field?: string,
): Customer {
  if (state.kind === 'unregistered' || state.customer.tenantId !== tenantId) {
    throw new CustomerError('CUSTOMER.NOT_FOUND', `Customer ${customerId} does not exist`, field);
  }
  if (state.kind === 'archived') {
    const message = `Customer ${customerId} is archived and accepts no changes`;
    throw new CustomerError('CUSTOMER.ARCHIVED', message, field);
  }
  if (state.kind === 'merged') {
    const message = `Customer ${customerId} was merged into ${state.mergedInto} and accepts no changes`;
    throw new CustomerError('CUSTOMER.MERGED', message, field);
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
