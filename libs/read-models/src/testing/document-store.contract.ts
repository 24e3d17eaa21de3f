import type { DocumentCollection, DocumentStore, FindQuery, ReadModelDocument } from '../document-store.port';
import { InvalidCursorError } from '../read-model.errors';

interface Contact {
  readonly name: string;
  readonly city: string | null;
  readonly score?: number;
  readonly vip: boolean;
  readonly tags: readonly string[];
}

const TENANT = 'tenant-a';
const OTHER_TENANT = 'tenant-b';

const contacts = {
  c01: { name: 'Ada Lovelace', city: 'London', score: 3, vip: true, tags: ['math', 'poet'] },
  c02: { name: 'Alan Turing', city: 'London', score: 3, vip: false, tags: ['math'] },
  c03: { name: 'Grace Hopper', city: 'New York', score: 5, vip: true, tags: ['navy'] },
  c04: { name: 'Édith Piaf', city: 'Paris', score: 1, vip: false, tags: [] },
  c05: { name: 'Marie Curie', city: 'Paris', score: 5, vip: true, tags: ['physics', 'chemistry'] },
  c06: { name: 'Nobody', city: null, vip: false, tags: [] },
  c07: { name: 'Katherine Johnson', city: 'Hampton', score: 3, vip: false, tags: ['math', 'nasa'] },
} satisfies Record<string, Contact>;

/**
 * The behaviour every DocumentStore adapter must show (embedded SQLite, MongoDB): conditional writes,
 * filters, search, keyset pagination, tenant isolation. `create` returns a fresh, empty store.
 */
export function describeDocumentStoreContract(
  name: string,
  create: () => Promise<DocumentStore> | DocumentStore,
): void {
  describe(`${name} (DocumentStore contract)`, () => {
    let store: DocumentStore;
    let collection: DocumentCollection<Contact>;

    beforeEach(async () => {
      store = await create();
      collection = store.collection<Contact>('contract_contacts');
      await collection.clear();
    });

    afterEach(async () => {
      await store.close();
    });

    const seed = async (tenantId = TENANT): Promise<void> => {
      for (const [id, data] of Object.entries(contacts)) {
        expect(await collection.put({ id, tenantId, positions: { [`s-${id}`]: 1 }, data }, 0)).toBe(true);
      }
    };

    const ids = (documents: readonly ReadModelDocument<Contact>[]): string[] =>
      documents.map((document) => document.id);

    const findAll = async (query: Omit<FindQuery, 'cursor'>): Promise<string[]> => {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 100; page++) {
        const result = await collection.find(TENANT, { ...query, cursor });
        seen.push(...ids(result.items));
        if (result.nextCursor === null) return seen;
        cursor = result.nextCursor;
      }
      throw new Error('pagination did not end');
    };

    describe('conditional put', () => {
      const write = { id: 'x', tenantId: TENANT, positions: { 'stream-x': 1 }, data: contacts.c01 };

      it('creates a document at revision 1 with its positions', async () => {
        expect(await collection.put(write, 0)).toBe(true);
        expect(await collection.get(TENANT, 'x')).toEqual({ ...write, revision: 1 });
      });

      it('refuses to create a document that already exists', async () => {
        await collection.put(write, 0);
        expect(await collection.put({ ...write, data: contacts.c02 }, 0)).toBe(false);
        expect((await collection.get(TENANT, 'x'))?.data).toEqual(contacts.c01);
      });

      it('updates only at the expected revision and bumps the revision', async () => {
        await collection.put(write, 0);
        expect(await collection.put({ ...write, positions: { 'stream-x': 2 }, data: contacts.c02 }, 1)).toBe(
          true,
        );
        expect(await collection.put({ ...write, data: contacts.c03 }, 1)).toBe(false);
        expect(await collection.get(TENANT, 'x')).toEqual({
          ...write,
          positions: { 'stream-x': 2 },
          data: contacts.c02,
          revision: 2,
        });
      });

      it('refuses an update of a document that does not exist', async () => {
        expect(await collection.put(write, 1)).toBe(false);
        expect(await collection.get(TENANT, 'x')).toBeNull();
      });

      it('lets exactly one of several concurrent writers with the same expected revision win', async () => {
        const creates = await Promise.all([1, 2, 3, 4, 5].map(() => collection.put(write, 0)));
        expect(creates.filter(Boolean)).toHaveLength(1);
        const updates = await Promise.all(
          [1, 2, 3, 4, 5].map((score) => collection.put({ ...write, data: { ...contacts.c01, score } }, 1)),
        );
        expect(updates.filter(Boolean)).toHaveLength(1);
        expect((await collection.get(TENANT, 'x'))?.revision).toBe(2);
      });
    });

    describe('insertNew', () => {
      const write = (id: string, data: Contact) => ({
        id,
        tenantId: TENANT,
        positions: { [`s-${id}`]: 1 },
        data,
      });

      it('creates the documents that do not exist and reports, in order, which it created', async () => {
        await collection.put(write('b', contacts.c02), 0);

        const created = await collection.insertNew([
          write('a', contacts.c01),
          write('b', contacts.c03),
          write('c', contacts.c05),
        ]);

        expect(created).toEqual([true, false, true]);
        expect((await collection.get(TENANT, 'a'))?.revision).toBe(1);
        expect((await collection.get(TENANT, 'b'))?.data).toEqual(contacts.c02);
        expect((await collection.get(TENANT, 'c'))?.data).toEqual(contacts.c05);
        expect(await collection.insertNew([])).toEqual([]);
      });
    });

    describe('find', () => {
      beforeEach(() => seed());

      it('filters by equality on strings, booleans and null', async () => {
        expect(await findAll({ where: { city: 'London' }, limit: 10 })).toEqual(['c01', 'c02']);
        expect(await findAll({ where: { vip: true }, limit: 10 })).toEqual(['c01', 'c03', 'c05']);
        expect(await findAll({ where: { city: null }, limit: 10 })).toEqual(['c06']);
        expect(await findAll({ where: { score: 5, vip: true }, limit: 10 })).toEqual(['c03', 'c05']);
      });

      it('does not confuse a boolean with a number or a number with a string', async () => {
        expect(await findAll({ where: { score: true }, limit: 10 })).toEqual([]);
        expect(await findAll({ where: { score: '5' }, limit: 10 })).toEqual([]);
      });

      it('filters by membership in a set and by an array containing a value', async () => {
        expect(await findAll({ where: { city: { in: ['Paris', 'Hampton'] } }, limit: 10 })).toEqual([
          'c04',
          'c05',
          'c07',
        ]);
        expect(await findAll({ where: { city: { in: [] } }, limit: 10 })).toEqual([]);
        expect(await findAll({ where: { tags: { has: 'math' } }, limit: 10 })).toEqual(['c01', 'c02', 'c07']);
      });

      it('searches case-insensitively for a substring in any of the given fields', async () => {
        const search = (term: string) => findAll({ search: { term, fields: ['name', 'city'] }, limit: 10 });
        expect(await search('LON')).toEqual(['c01', 'c02']);
        expect(await search('édith')).toEqual(['c04']);
        expect(await search('%')).toEqual([]);
        expect(
          await findAll({ search: { term: 'curie', fields: ['name'] }, where: { vip: true }, limit: 10 }),
        ).toEqual(['c05']);
      });

      it('orders by a data field with ties broken by id, in both directions', async () => {
        const where = { score: { in: [1, 3, 5] } };
        expect(await findAll({ where, orderBy: 'score', limit: 10 })).toEqual([
          'c04',
          'c01',
          'c02',
          'c07',
          'c03',
          'c05',
        ]);
        expect(await findAll({ where, orderBy: 'score', direction: 'desc', limit: 10 })).toEqual([
          'c05',
          'c03',
          'c07',
          'c02',
          'c01',
          'c04',
        ]);
      });

      it('pages through every document exactly once, in the same order as one big page', async () => {
        for (const direction of ['asc', 'desc'] as const) {
          for (const orderBy of ['score', 'city', 'name', 'id']) {
            const whole = ids((await collection.find(TENANT, { orderBy, direction, limit: 100 })).items);
            expect(whole).toHaveLength(7);
            for (const limit of [1, 2, 3]) {
              expect(await findAll({ orderBy, direction, limit })).toEqual(whole);
            }
          }
        }
      });

      it('ends with a null cursor when the last page is exactly full', async () => {
        const page = await collection.find(TENANT, { limit: 7 });
        expect(page.items).toHaveLength(7);
        expect(page.nextCursor).toBeNull();
      });

      it('rejects a malformed cursor or one issued for another sort order', async () => {
        const first = await collection.find(TENANT, { orderBy: 'score', limit: 2 });
        expect(first.nextCursor).not.toBeNull();
        const reused = collection.find(TENANT, { orderBy: 'name', limit: 2, cursor: first.nextCursor ?? '' });
        await expect(reused).rejects.toThrow(InvalidCursorError);
        for (const cursor of ['not a cursor', 'eyJ4IjoxfQ', Buffer.from('[1,2]').toString('base64url'), '']) {
          await expect(collection.find(TENANT, { limit: 2, cursor })).rejects.toMatchObject({
            code: 'READ_MODEL.INVALID_CURSOR',
            kind: 'validation',
          });
        }
      });

      it('never shows one tenant the documents of another', async () => {
        await collection.put({ id: 'c99', tenantId: OTHER_TENANT, positions: {}, data: contacts.c01 }, 0);
        expect(await findAll({ where: { city: 'London' }, limit: 10 })).toEqual(['c01', 'c02']);
        expect(ids((await collection.find(OTHER_TENANT, { limit: 10 })).items)).toEqual(['c99']);
        expect(await collection.get(OTHER_TENANT, 'c01')).toBeNull();
      });
    });

    it('keeps collections apart and clears only its own', async () => {
      const other = store.collection<Contact>('contract_other');
      await other.clear();
      await other.put({ id: 'o1', tenantId: TENANT, positions: {}, data: contacts.c01 }, 0);
      await seed();
      await collection.clear();
      expect((await collection.find(TENANT, { limit: 10 })).items).toEqual([]);
      expect(ids((await other.find(TENANT, { limit: 10 })).items)).toEqual(['o1']);
      await other.clear();
    });
  });
}
