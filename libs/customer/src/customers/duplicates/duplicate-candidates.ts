import { reasonOfKey, type DuplicateProfile, type DuplicateReason } from './duplicate-profile';
import { comparableNameOf, jaroWinkler } from './name-similarity';

/**
 * Names at least this similar (Jaro-Winkler of the sorted, normalised tokens) in one city are flagged.
 * 0.9 flags "Jon Smith"/"John Smith" (0.97) and "Acme Trading"/"ACME Tradng" (0.98), not
 * "Acme"/"Acne" (0.87); see docs/decisions/0025.
 */
export const NAME_SIMILARITY_THRESHOLD = 0.9;

/** A block stops taking members beyond this: a key that common says nothing about identity. */
export const MAX_BLOCK_MEMBERS = 50;

export interface BlockMember {
  readonly customerId: string;
  readonly name: string;
  readonly comparableName: string;
}

/** Everyone sharing one blocking key: the only customers a new or changed one is compared with. */
export interface DuplicateBlock {
  readonly key: string;
  readonly members: readonly BlockMember[];
  readonly saturated: boolean;
}

export interface DuplicateMatch {
  readonly reasons: readonly DuplicateReason[];
  /** 1 for the same email or phone, else the name similarity; rounded to 3 decimals. */
  readonly score: number;
}

export function memberOf(profile: DuplicateProfile): BlockMember {
  return {
    customerId: profile.customerId,
    name: profile.name,
    comparableName: comparableNameOf(profile.name),
  };
}

/** The block with `customerId` in or out of it; null when nothing changes. */
export function blockAfter(
  block: DuplicateBlock | null,
  key: string,
  customerId: string,
  member: BlockMember | null,
): DuplicateBlock | null {
  const members = block?.members ?? [];
  const others = members.filter((existing) => existing.customerId !== customerId);
  if (member === null)
    return others.length === members.length ? null : { key, members: others, saturated: false };
  const isMember = others.length < members.length;
  if (!isMember && members.length >= MAX_BLOCK_MEMBERS)
    return block?.saturated ? null : { key, members, saturated: true };
  return { key, members: [...others, member], saturated: block?.saturated ?? false };
}

/** Why `profile` and `other` may be one customer, from the keys they share; null if they are not. */
export function matchOf(
  profile: DuplicateProfile,
  other: BlockMember,
  sharedKeys: readonly string[],
): DuplicateMatch | null {
  const reasons = new Set<DuplicateReason>();
  let score = 0;
  for (const key of sharedKeys) {
    const reason = reasonOfKey(key);
    const keyScore =
      reason === 'name' ? jaroWinkler(memberOf(profile).comparableName, other.comparableName) : 1;
    if (reason === 'name' && keyScore < NAME_SIMILARITY_THRESHOLD) continue;
    reasons.add(reason);
    score = Math.max(score, keyScore);
  }
  if (reasons.size === 0) return null;
  const ordered = (['email', 'phone', 'name'] as const).filter((reason) => reasons.has(reason));
  return { reasons: ordered, score: Math.round(score * 1000) / 1000 };
}
