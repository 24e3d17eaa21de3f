import type { EventEnvelope } from '@crm/contracts';
import type { DocumentCollection, DocumentStore } from '@crm/read-models';
import { CUSTOMER_EVENT_TYPES } from '../domain';
import {
  blockAfter,
  matchOf,
  memberOf,
  type BlockMember,
  type DuplicateBlock,
  type DuplicateMatch,
} from './duplicate-candidates';
import {
  DUPLICATE_BLOCKS_COLLECTION,
  DUPLICATE_PAIRS_COLLECTION,
  DUPLICATE_PROFILES_COLLECTION,
  pairAfter,
  pairIdOf,
  possibleDuplicatesAfter,
  POSSIBLE_DUPLICATES_COLLECTION,
  type DuplicatePair,
  type PossibleDuplicates,
} from './duplicate-documents';
import { profileAfter, type DuplicateProfile } from './duplicate-profile';

const MAX_WRITE_ATTEMPTS = 20;
/**
 * New pairs one event records at most, the best first: a flood of identical registrations (a shared
 * mailbox, a test script) would otherwise write a pair with every member of the block on every event.
 * Existing candidates are always re-evaluated, so pairs still close when the reasons go.
 */
export const MAX_NEW_MATCHES_PER_EVENT = 5;

interface Partner {
  readonly member: BlockMember;
  readonly sharedKeys: string[];
}

/**
 * Duplicate detection as a read model over the customer events (docs/decisions/0025). One event
 * updates the customer's profile, the blocks of its old and new keys, and its pairs with everyone in
 * those blocks. Every write is a conditional write guarded by the event's stream position, as in the
 * projection runner, so a replayed or duplicated event changes nothing.
 */
export class DuplicateDetector {
  readonly handles: readonly string[] = CUSTOMER_EVENT_TYPES;
  private readonly profiles: DocumentCollection<DuplicateProfile>;
  private readonly blocks: DocumentCollection<DuplicateBlock>;
  private readonly pairs: DocumentCollection<DuplicatePair>;
  private readonly possible: DocumentCollection<PossibleDuplicates>;

  constructor(documents: DocumentStore) {
    this.profiles = documents.collection(DUPLICATE_PROFILES_COLLECTION);
    this.blocks = documents.collection(DUPLICATE_BLOCKS_COLLECTION);
    this.pairs = documents.collection(DUPLICATE_PAIRS_COLLECTION);
    this.possible = documents.collection(POSSIBLE_DUPLICATES_COLLECTION);
  }

  async apply(event: EventEnvelope): Promise<void> {
    if (!this.handles.includes(event.type)) return;
    const profile = await this.profileAfter(event);
    if (profile === null) return;
    const keys = [...new Set([...profile.previousKeys, ...profile.keys])];
    const blocks = await Promise.all(keys.map((key) => this.blocks.get(event.tenantId, key)));
    const partners = partnersIn(
      profile,
      keys,
      blocks.map((block) => block?.data ?? null),
    );
    const member = profile.active ? memberOf(profile) : null;
    await Promise.all(
      keys.map((key) =>
        this.update(this.blocks, event, key, (block) =>
          blockAfter(block, key, profile.customerId, profile.keys.includes(key) ? member : null),
        ),
      ),
    );
    // Only matches and earlier candidates need writes: comparing with a whole block costs no I/O.
    const earlier = await this.possible.get(event.tenantId, profile.customerId);
    const known = new Set(earlier?.data.candidates.map((candidate) => candidate.customerId));
    const recorded = worthRecording(profile, partners, known);
    for (const { partner, match } of recorded) await this.record(event, profile, partner.member, match);
    // The customer's own list last, in one write (its guard admits one write per event): while it still
    // names a partner, a replay re-evaluates that pair.
    const self = profile.customerId;
    await this.update(this.possible, event, self, (list) => {
      const after = recorded.reduce<PossibleDuplicates | null>(
        (current, { partner, match }) =>
          possibleDuplicatesAfter(current, self, referenceOf(partner.member), match) ?? current,
        list,
      );
      return after === list ? null : after;
    });
  }

  private async record(
    event: EventEnvelope,
    profile: DuplicateProfile,
    partner: BlockMember,
    match: DuplicateMatch | null,
  ): Promise<void> {
    const self = { id: profile.customerId, name: profile.name };
    const other = referenceOf(partner);
    await this.update(this.pairs, event, pairIdOf(self.id, other.id), (pair) =>
      pairAfter(pair, [self, other], match, event.occurredAt),
    );
    await this.update(this.possible, event, other.id, (list) =>
      possibleDuplicatesAfter(list, other.id, self, match),
    );
  }

  // The profile as of this event. When a replay finds the event already applied to the profile, the
  // stored profile (with the keys it had before) lets the rest of the event be applied again.
  private async profileAfter(event: EventEnvelope): Promise<DuplicateProfile | null> {
    const { customerId } = event.data as { readonly customerId: string };
    const current = await this.profiles.get(event.tenantId, customerId);
    const position = current?.positions[event.streamId] ?? 0;
    if (position > event.streamVersion) return null;
    if (position === event.streamVersion) return current?.data ?? null;
    const next = profileAfter(current?.data ?? null, event);
    if (next === null) return null;
    await this.update(this.profiles, event, customerId, () => next);
    return next;
  }

  private async update<T>(
    collection: DocumentCollection<T>,
    event: EventEnvelope,
    id: string,
    next: (current: T | null) => T | null,
  ): Promise<void> {
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      const current = await collection.get(event.tenantId, id);
      if ((current?.positions[event.streamId] ?? 0) >= event.streamVersion) return;
      const data = next(current?.data ?? null);
      if (data === null) return;
      const positions = { ...current?.positions, [event.streamId]: event.streamVersion };
      const write = { id, tenantId: event.tenantId, positions, data };
      if (await collection.put(write, current?.revision ?? 0)) return;
    }
    throw new Error(`Duplicate detection lost ${MAX_WRITE_ATTEMPTS} writes in a row on document ${id}`);
  }
}

// Everyone sharing a block with the customer, before or after the event: their pairs are re-evaluated.
function partnersIn(
  profile: DuplicateProfile,
  keys: readonly string[],
  blocks: readonly (DuplicateBlock | null)[],
): Map<string, Partner> {
  const partners = new Map<string, Partner>();
  keys.forEach((key, index) => {
    const block = blocks[index];
    if (!block) return;
    const comparable = profile.keys.includes(key) && !block.saturated;
    for (const member of block.members) {
      if (member.customerId === profile.customerId) continue;
      const partner = partners.get(member.customerId) ?? { member, sharedKeys: [] };
      if (comparable) partner.sharedKeys.push(key);
      partners.set(member.customerId, partner);
    }
  });
  return partners;
}

/** Every known candidate, re-evaluated, and the best few new matches. */
function worthRecording(
  profile: DuplicateProfile,
  partners: ReadonlyMap<string, Partner>,
  known: ReadonlySet<string>,
): { partner: Partner; match: DuplicateMatch | null }[] {
  const evaluated = [...partners.values()].map((partner) => ({
    partner,
    match: matchOf(profile, partner.member, partner.sharedKeys),
  }));
  const fresh = evaluated
    .filter(({ partner, match }) => match !== null && !known.has(partner.member.customerId))
    .sort((left, right) => (right.match?.score ?? 0) - (left.match?.score ?? 0))
    .slice(0, MAX_NEW_MATCHES_PER_EVENT);
  return [...evaluated.filter(({ partner }) => known.has(partner.member.customerId)), ...fresh];
}

function referenceOf(member: BlockMember): { readonly id: string; readonly name: string } {
  return { id: member.customerId, name: member.name };
}
