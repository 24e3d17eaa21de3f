import type { EventEnvelope } from '@crm/contracts';
import type { DocumentCollection, DocumentStore, DocumentWrite, ReadModelDocument } from '@crm/read-models';
import { customerStreamId } from '../application/customer-stream';
import type { AddressInput, CustomerEvent } from '../domain';
import { customerRegistered } from '../domain/customer.builders';
import { DuplicateDetector, MAX_NEW_MATCHES_PER_EVENT } from './duplicate-detector';
import {
  DUPLICATE_PAIRS_COLLECTION,
  MAX_POSSIBLE_DUPLICATES,
  POSSIBLE_DUPLICATES_COLLECTION,
  type DuplicatePair,
  type PossibleDuplicates,
} from './duplicate-documents';

const TENANT = 'tenant-1';
const berlin: AddressInput = { line1: 'Hauptstrasse 1', city: 'Berlin', country: 'DE' };
const munich: AddressInput = { line1: 'Marienplatz 1', city: 'München', country: 'DE' };

function registered(
  id: string,
  name: string,
  extra: { email?: string; phone?: string; address?: AddressInput },
) {
  const address = extra.address ? { line2: null, postalCode: null, region: null, ...extra.address } : null;
  return customerRegistered({
    customerId: id,
    name,
    email: extra.email ?? null,
    phone: extra.phone ?? null,
    address,
  });
}

describe(DuplicateDetector.name, () => {
  it('flags the same email, the same phone and a similar name in the same city, not in another', async () => {
    const pairs = await openPairsAfter([
      registered('a', 'Acme Trading GmbH', { email: 'info@acme.example', address: berlin }),
      registered('b', 'Totally Different', { email: 'info@acme.example' }),
      registered('c', 'Jon Smith', { phone: '+4930123456', address: berlin }),
      registered('d', 'John Smith', { phone: '+4930123456', address: berlin }),
      registered('e', 'ACME Tradng', { address: berlin }),
      registered('f', 'Acme Trading', { address: munich }),
    ]);
    expect(pairs).toEqual([
      expect.objectContaining({ id: 'a|b', reasons: ['email'], score: 1 }),
      expect.objectContaining({ id: 'a|e', reasons: ['name'], score: expect.closeTo(0.98, 2) as number }),
      expect.objectContaining({ id: 'c|d', reasons: ['phone', 'name'], score: 1 }),
    ]);
  });

  it('records a bounded number of pairs per event when many customers share one key', async () => {
    const store = new InMemoryDocumentStore();
    const flood = Array.from({ length: 20 }, (_, index) =>
      registered(`c${String(index).padStart(2, '0')}`, `Shared Mailbox ${index}`, {
        email: 'info@shared.example',
      }),
    );
    await applyAll(store, flood);
    const possible = store.collection<PossibleDuplicates>(POSSIBLE_DUPLICATES_COLLECTION);
    // The last one pairs with the best MAX_NEW_MATCHES_PER_EVENT, and nobody's list grows past 10.
    expect((await possible.get(TENANT, 'c19'))?.data.candidates).toHaveLength(MAX_NEW_MATCHES_PER_EVENT);
    expect((await possible.get(TENANT, 'c00'))?.data.candidates).toHaveLength(MAX_POSSIBLE_DUPLICATES);
    expect((await openPairs(store)).length).toBeLessThanOrEqual(20 * MAX_NEW_MATCHES_PER_EVENT);
  });

  it('re-evaluates on profile updates and drops archived and merged customers', async () => {
    const store = new InMemoryDocumentStore();
    await applyAll(store, [
      registered('a', 'Acme', { email: 'x@acme.example' }),
      registered('b', 'Beta', { email: 'x@acme.example' }),
      registered('c', 'Gamma', { phone: '+4930123456' }),
      registered('d', 'Delta', { phone: '+4930999999' }),
      registered('e', 'Epsilon', { email: 'e@acme.example' }),
      registered('f', 'Zeta', { email: 'e@acme.example' }),
      profileUpdated('b', { email: { from: 'x@acme.example', to: 'b@beta.example' } }),
      profileUpdated('d', { phone: { from: '+4930999999', to: '+4930123456' } }),
      { type: 'customer.CustomerArchived', data: { customerId: 'e', reason: null, archivedAt: 't' } },
    ]);
    expect(await openPairs(store)).toEqual([expect.objectContaining({ id: 'c|d', reasons: ['phone'] })]);
    const possible = store.collection<PossibleDuplicates>(POSSIBLE_DUPLICATES_COLLECTION);
    expect((await possible.get(TENANT, 'a'))?.data.candidates).toEqual([]);
    expect((await possible.get(TENANT, 'c'))?.data.candidates).toEqual([
      { customerId: 'd', name: 'Delta', reasons: ['phone'], score: 1 },
    ]);
  });
});

function profileUpdated(customerId: string, changes: object): CustomerEvent {
  return { type: 'customer.CustomerProfileUpdated', data: { customerId, changes } };
}

// Once, each event twice in a row, and the whole log replayed: all three end with the same pairs.
async function openPairsAfter(events: readonly CustomerEvent[]): Promise<DuplicatePair[]> {
  const once = new InMemoryDocumentStore();
  const twice = new InMemoryDocumentStore();
  const replayed = new InMemoryDocumentStore();
  const envelopes = envelopesOf(events);
  await applyEnvelopes(once, envelopes);
  await applyEnvelopes(
    twice,
    envelopes.flatMap((event) => [event, event]),
  );
  await applyEnvelopes(replayed, [...envelopes, ...envelopes]);
  const pairs = await openPairs(once);
  expect(await openPairs(twice)).toEqual(pairs);
  expect(await openPairs(replayed)).toEqual(pairs);
  return pairs;
}

async function applyAll(store: DocumentStore, events: readonly CustomerEvent[]): Promise<void> {
  await applyEnvelopes(store, envelopesOf(events));
}

async function applyEnvelopes(store: DocumentStore, envelopes: readonly EventEnvelope[]): Promise<void> {
  const detector = new DuplicateDetector(store);
  for (const envelope of envelopes) await detector.apply(envelope);
}

async function openPairs(store: DocumentStore): Promise<DuplicatePair[]> {
  const page = await store
    .collection<DuplicatePair>(DUPLICATE_PAIRS_COLLECTION)
    .find(TENANT, { where: { open: true }, limit: 100 });
  return page.items.map((document) => document.data);
}

function envelopesOf(events: readonly CustomerEvent[]): EventEnvelope[] {
  const versions = new Map<string, number>();
  return events.map((event, index) => {
    const streamId = customerStreamId(event.data.customerId);
    const streamVersion = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, streamVersion);
    return {
      ...event,
      id: `event-${index + 1}`,
      schemaVersion: 1,
      streamId,
      streamVersion,
      globalPosition: BigInt(index + 1),
      tenantId: TENANT,
      occurredAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString(),
      actor: 'user-1',
      correlationId: 'correlation-1',
      causationId: 'causation-1',
    };
  });
}

// The detector only reads by id and writes conditionally; `find` here knows equality, enough for a spec.
class InMemoryDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, InMemoryCollection<unknown>>();

  collection<T>(name: string): DocumentCollection<T> {
    if (!this.collections.has(name)) this.collections.set(name, new InMemoryCollection());
    return this.collections.get(name) as DocumentCollection<T>;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

class InMemoryCollection<T> implements DocumentCollection<T> {
  private readonly documents = new Map<string, ReadModelDocument<T>>();

  get(tenantId: string, id: string): Promise<ReadModelDocument<T> | null> {
    const document = this.documents.get(`${tenantId}/${id}`);
    return Promise.resolve(document ? structuredClone(document) : null);
  }

  put(document: DocumentWrite<T>, expectedRevision: number): Promise<boolean> {
    const key = `${document.tenantId}/${document.id}`;
    const revision = this.documents.get(key)?.revision ?? 0;
    if (revision !== expectedRevision) return Promise.resolve(false);
    this.documents.set(key, structuredClone({ ...document, revision: revision + 1 }));
    return Promise.resolve(true);
  }

  async insertNew(documents: readonly DocumentWrite<T>[]): Promise<boolean[]> {
    return Promise.all(documents.map((document) => this.put(document, 0)));
  }

  find(tenantId: string, query: { where?: Readonly<Record<string, unknown>> }) {
    const items = [...this.documents.values()]
      .filter((document) => document.tenantId === tenantId)
      .filter((document) =>
        Object.entries(query.where ?? {}).every(
          ([field, value]) => (document.data as Record<string, unknown>)[field] === value,
        ),
      )
      .sort((left, right) => (left.id < right.id ? -1 : 1));
    return Promise.resolve({ items: structuredClone(items), nextCursor: null });
  }

  clear(): Promise<void> {
    this.documents.clear();
    return Promise.resolve();
  }
}
