import type { AbsorbDuplicate, MergeIntoSurvivor } from './customer.commands';
import { CustomerError } from './customer.errors';
import type { CustomerEvent } from './customer.events';
import { activeCustomer } from './customer-guards';
import type { CustomerState } from './customer.state';

// A merge spans two streams: the duplicate's first (MergeIntoSurvivor), then the survivor's
// (AbsorbDuplicate). Both steps are idempotent, so re-sending a half-done merge completes it.

export function mergeIntoSurvivor(command: MergeIntoSurvivor, state: CustomerState): CustomerEvent[] {
  const { tenantId, customerId, survivorId, mergedAt } = command.data;
  if (alreadyMergedInto(state, tenantId, survivorId)) return [];
  if (survivorId === customerId) throw cannotMergeIntoItself(customerId);
  activeCustomer(state, tenantId, customerId);
  return [{ type: 'customer.CustomerMergedInto', data: { customerId, survivorId, mergedAt } }];
}

export function absorbDuplicate(command: AbsorbDuplicate, state: CustomerState): CustomerEvent[] {
  const { tenantId, customerId, duplicateId, duplicate, mergedAt } = command.data;
  if (duplicateId === customerId) throw cannotMergeIntoItself(customerId);
  const survivor = activeCustomer(state, tenantId, customerId);
  if (survivor.mergedFrom.includes(duplicateId)) return [];
  const absorbed = alreadyMergedInto(duplicate, tenantId, customerId)
    ? duplicate.customer
    : activeCustomer(duplicate, tenantId, duplicateId, 'duplicateId');
  return [
    {
      type: 'customer.CustomerMergedFrom',
      data: { customerId, duplicateId, absorbedIds: absorbed.mergedFrom, mergedAt },
    },
  ];
}

function alreadyMergedInto(
  state: CustomerState,
  tenantId: string,
  survivorId: string,
): state is Extract<CustomerState, { kind: 'merged' }> {
  return state.kind === 'merged' && state.customer.tenantId === tenantId && state.mergedInto === survivorId;
}

function cannotMergeIntoItself(customerId: string): CustomerError {
  return new CustomerError(
    'CUSTOMER.CANNOT_MERGE_INTO_ITSELF',
    `Customer ${customerId} cannot be merged into itself`,
    'duplicateId',
  );
}
