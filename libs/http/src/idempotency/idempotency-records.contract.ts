import { IDEMPOTENCY_RETENTION_MS, type IdempotencyRecords } from './idempotency-records.port';

const response = { status: 201, headers: { etag: '"1"' }, body: { id: 'c-1', tags: ['a'] } };

/** The behaviour every IdempotencyRecords adapter shares; call it from the adapter's spec. */
export function describeIdempotencyRecordsContract(name: string, create: () => IdempotencyRecords): void {
  describe(`${name} (IdempotencyRecords contract)`, () => {
    let records: IdempotencyRecords;
    beforeEach(() => {
      records = create();
    });

    it('lets exactly one request claim a key, and reports the holder to the others', () => {
      expect(records.claim('t1', 'k', 'hash-a', 1000)).toEqual({ outcome: 'claimed' });
      expect(records.claim('t1', 'k', 'hash-b', 1001)).toEqual({
        outcome: 'in-progress',
        requestHash: 'hash-a',
      });
    });

    it('replays the completed response', () => {
      records.claim('t1', 'k', 'hash-a', 1000);
      records.complete('t1', 'k', response);
      expect(records.claim('t1', 'k', 'hash-a', 1001)).toEqual({
        outcome: 'completed',
        requestHash: 'hash-a',
        response,
      });
    });

    it('keeps keys apart per tenant', () => {
      records.claim('t1', 'k', 'hash-a', 1000);
      expect(records.claim('t2', 'k', 'hash-a', 1000)).toEqual({ outcome: 'claimed' });
    });

    it('frees a released key for a retry', () => {
      records.claim('t1', 'k', 'hash-a', 1000);
      records.release('t1', 'k');
      expect(records.claim('t1', 'k', 'hash-a', 1001)).toEqual({ outcome: 'claimed' });
    });

    it('forgets a key after the retention period', () => {
      records.claim('t1', 'k', 'hash-a', 1000);
      records.complete('t1', 'k', response);
      expect(records.claim('t1', 'k', 'hash-b', 1000 + IDEMPOTENCY_RETENTION_MS + 1)).toEqual({
        outcome: 'claimed',
      });
    });
  });
}
