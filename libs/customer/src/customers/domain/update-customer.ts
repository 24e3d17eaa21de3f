import { normalizeAddress, sameAddress } from './address';
import { normalizeOptionalEmail, normalizeOptionalPhone } from './contact-details';
import type { UpdateCustomer } from './customer.commands';
import type { Change, CustomerEvent, ProfileChanges } from './customer.events';
import { activeCustomer, phoneRegionOf } from './customer-guards';
import type { CustomerState } from './customer.state';
import { normalizeName, normalizeOptionalText, normalizeTags } from './text';

const MAX_EXTERNAL_REF_LENGTH = 200;
const MAX_OWNER_ID_LENGTH = 200;

/**
 * A PATCH: one event per aspect that really changed (profile, status, owner), each carrying
 * `{ field: { from, to } }`. A patch that changes nothing yields no events; that is not an error.
 */
export function updateCustomer(command: UpdateCustomer, state: CustomerState): CustomerEvent[] {
  const { tenantId, customerId, patch, defaultPhoneRegion } = command.data;
  const customer = activeCustomer(state, tenantId, customerId);
  const address = patch.address === undefined ? undefined : patch.address && normalizeAddress(patch.address);
  const region = phoneRegionOf(
    (address === undefined ? customer.address : address)?.country,
    defaultPhoneRegion,
  );

  const profile = definedOnly({
    name: changed(customer.name, patch.name === undefined ? undefined : normalizeName(patch.name)),
    email: changed(
      customer.email,
      patch.email === undefined ? undefined : normalizeOptionalEmail(patch.email),
    ),
    phone: changed(
      customer.phone,
      patch.phone === undefined ? undefined : normalizeOptionalPhone(patch.phone, region),
    ),
    address: changed(customer.address, address, sameAddress),
    channel: changed(customer.channel, patch.channel),
    tags: changed(customer.tags, patch.tags && normalizeTags(patch.tags), sameTags),
    externalRef: changed(
      customer.externalRef,
      patch.externalRef === undefined
        ? undefined
        : normalizeOptionalText(patch.externalRef, 'externalRef', MAX_EXTERNAL_REF_LENGTH),
    ),
  });
  const status = changed(customer.status, patch.status);
  const ownerId = changed(
    customer.ownerId,
    patch.ownerId === undefined
      ? undefined
      : normalizeOptionalText(patch.ownerId, 'ownerId', MAX_OWNER_ID_LENGTH),
  );

  const events: CustomerEvent[] = [];
  if (Object.keys(profile).length > 0)
    events.push({ type: 'customer.CustomerProfileUpdated', data: { customerId, changes: profile } });
  if (status)
    events.push({ type: 'customer.CustomerStatusChanged', data: { customerId, changes: { status } } });
  if (ownerId)
    events.push({ type: 'customer.CustomerOwnerChanged', data: { customerId, changes: { ownerId } } });
  return events;
}

function changed<T>(
  from: T,
  to: T | undefined,
  equals: (left: T, right: T) => boolean = Object.is,
): Change<T> | undefined {
  return to === undefined || equals(from, to) ? undefined : { from, to };
}

// Tags are a set: re-ordering them is not a change.
function sameTags(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && right.every((tag) => left.includes(tag));
}

function definedOnly(changes: ProfileChanges): ProfileChanges {
  const entries = Object.entries(changes as Readonly<Record<string, unknown>>);
  return Object.fromEntries(entries.filter(([, change]) => change !== undefined));
}
