import type { DuplicateMatch } from './duplicate-candidates';
import type { DuplicateReason } from './duplicate-profile';

export const DUPLICATE_PROFILES_COLLECTION = 'customer-duplicate-profiles';
export const DUPLICATE_BLOCKS_COLLECTION = 'customer-duplicate-blocks';
export const DUPLICATE_PAIRS_COLLECTION = 'customer-duplicate-pairs';
export const POSSIBLE_DUPLICATES_COLLECTION = 'customer-possible-duplicates';

export interface CustomerReference {
  readonly id: string;
  readonly name: string;
}

/** A candidate pair for GET /customers/duplicates; closed (not deleted) once the reasons are gone. */
export interface DuplicatePair {
  /** `<smaller id>|<larger id>`. */
  readonly id: string;
  readonly customerIds: readonly [string, string];
  readonly customers: readonly [CustomerReference, CustomerReference];
  readonly reasons: readonly DuplicateReason[];
  readonly score: number;
  readonly open: boolean;
  readonly detectedAt: string;
  readonly updatedAt: string;
}

/** One entry of `possibleDuplicates` on GET /customers/:id. */
export interface PossibleDuplicate {
  readonly customerId: string;
  readonly name: string;
  readonly reasons: readonly DuplicateReason[];
  readonly score: number;
}

export interface PossibleDuplicates {
  readonly customerId: string;
  readonly candidates: readonly PossibleDuplicate[];
}

export function pairIdOf(left: string, right: string): string {
  return left < right ? `${left}|${right}` : `${right}|${left}`;
}

/** The pair after a (re)evaluation; null when there is no pair to create or change. */
export function pairAfter(
  pair: DuplicatePair | null,
  customers: readonly [CustomerReference, CustomerReference],
  match: DuplicateMatch | null,
  at: string,
): DuplicatePair | null {
  if (match === null && (pair === null || !pair.open)) return null;
  const ordered = [...customers].sort((left, right) => (left.id < right.id ? -1 : 1)) as [
    CustomerReference,
    CustomerReference,
  ];
  const detectedAt = pair !== null && pair.open ? pair.detectedAt : at;
  // A replay re-evaluates against today's profiles: it may confirm a pair, never make it younger.
  const updatedAt = pair !== null && pair.updatedAt > at ? pair.updatedAt : at;
  return {
    id: pairIdOf(ordered[0].id, ordered[1].id),
    customerIds: [ordered[0].id, ordered[1].id],
    customers: ordered,
    reasons: match?.reasons ?? [],
    score: match?.score ?? 0,
    open: match !== null,
    detectedAt,
    updatedAt,
  };
}

/** A customer's `possibleDuplicates` keeps the best this many: enough to act on, bounded to write. */
export const MAX_POSSIBLE_DUPLICATES = 10;

/** `owner`'s candidate list with `other` added, updated or removed; null when nothing changes. */
export function possibleDuplicatesAfter(
  current: PossibleDuplicates | null,
  ownerId: string,
  other: CustomerReference,
  match: DuplicateMatch | null,
): PossibleDuplicates | null {
  const candidates = current?.candidates ?? [];
  const others = candidates.filter((candidate) => candidate.customerId !== other.id);
  if (match === null && others.length === candidates.length) return null;
  const entry = match && {
    customerId: other.id,
    name: other.name,
    reasons: match.reasons,
    score: match.score,
  };
  const next = entry ? [...others, entry] : others;
  const best = next.sort((left, right) => right.score - left.score).slice(0, MAX_POSSIBLE_DUPLICATES);
  return { customerId: ownerId, candidates: best };
}
