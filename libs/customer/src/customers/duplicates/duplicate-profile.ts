import { assertNever } from '@crm/core';
import { customerEventOf, type Address, type CustomerEvent } from '../domain';
import { comparableNameOf, nameTokensOf, soundexOf } from './name-similarity';

/** Why two customers may be one: the same email, the same phone, or a very similar name in one city. */
export const DUPLICATE_REASONS = ['email', 'phone', 'name'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** What detection knows of one customer: enough to derive its blocking keys and compare names. */
export interface DuplicateProfile {
  readonly customerId: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  /** `<country>:<city>`, normalised; null without an address. */
  readonly city: string | null;
  /** Archived and merged customers are no one's duplicate any more. */
  readonly active: boolean;
  readonly keys: readonly string[];
  /** The keys before the last applied event: a replay of that event can still undo them. */
  readonly previousKeys: readonly string[];
}

/** The profile after one customer event, or null when the event changes nothing detection uses. */
export function profileAfter(
  profile: DuplicateProfile | null,
  event: { readonly type: string; readonly data: unknown },
): DuplicateProfile | null {
  const customerEvent = customerEventOf(event);
  if (customerEvent === null) return null;
  const next = fieldsAfter(profile, customerEvent);
  if (next === null) return null;
  return { ...next, keys: blockingKeysOf(next), previousKeys: profile?.keys ?? [] };
}

type ProfileFields = Omit<DuplicateProfile, 'keys' | 'previousKeys'>;

function fieldsAfter(profile: ProfileFields | null, event: CustomerEvent): ProfileFields | null {
  if (event.type === 'customer.CustomerRegistered') {
    const { customerId, name, email, phone, address } = event.data;
    return { customerId, name, email, phone, city: cityOf(address), active: true };
  }
  if (profile === null) return null;
  switch (event.type) {
    case 'customer.CustomerProfileUpdated': {
      const { name, email, phone, address } = event.data.changes;
      return {
        ...profile,
        ...(name ? { name: name.to } : {}),
        ...(email ? { email: email.to } : {}),
        ...(phone ? { phone: phone.to } : {}),
        ...(address ? { city: cityOf(address.to) } : {}),
      };
    }
    case 'customer.CustomerArchived':
    case 'customer.CustomerMergedInto':
      return { ...profile, active: false };
    case 'customer.CustomerStatusChanged':
    case 'customer.CustomerOwnerChanged':
    case 'customer.ContactAdded':
    case 'customer.InteractionLogged':
    case 'customer.CustomerMergedFrom':
      return null;
    default:
      return assertNever(event);
  }
}

function cityOf(address: Address | null): string | null {
  if (address === null) return null;
  const city = comparableNameOf(address.city);
  return city === '' ? null : `${address.country}:${city}`;
}

/**
 * The blocks a customer is compared within (docs/decisions/0025): its email, its phone, and per name
 * token the token's Soundex code in its city. Only customers sharing a key are ever compared.
 */
export function blockingKeysOf(profile: ProfileFields): string[] {
  if (!profile.active) return [];
  const keys: string[] = [];
  if (profile.email !== null) keys.push(`email:${profile.email}`);
  if (profile.phone !== null) keys.push(`phone:${profile.phone}`);
  if (profile.city !== null) {
    const codes = new Set(nameTokensOf(profile.name).map(soundexOf));
    for (const code of codes) keys.push(`name:${profile.city}:${code}`);
  }
  return keys;
}

export function reasonOfKey(key: string): DuplicateReason {
  return key.slice(0, key.indexOf(':')) as DuplicateReason;
}
