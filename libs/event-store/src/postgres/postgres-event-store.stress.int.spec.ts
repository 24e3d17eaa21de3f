import type { EventEnvelope } from '@crm/contracts';
import { describeWithServer } from '@crm/test-servers';
import { ExpectedVersionConflictError } from '../errors';
import { buildNewEvent, uniqueStreamId } from '../testing/build-new-event';
import { EventProbe } from '../testing/event-probe';
import { PostgresEventStore } from './postgres-event-store';
import { runOnce, uniqueSchemaName } from './test-schema';

const writers = 16;
const runMs = 10_000;
const sharedStreams = Array.from({ length: 4 }, () => uniqueStreamId('test.shared'));

interface WriterTally {
  committed: string[];
  conflicts: number;
}

// Appends 1-3 events at a time: mostly to its own stream, sometimes to a shared one with a version
// that may be stale (a conflict) or with 'any'.
async function runWriter(store: PostgresEventStore, until: number): Promise<WriterTally> {
  const tally: WriterTally = { committed: [], conflicts: 0 };
  const versions = new Map<string, number>();
  const own = uniqueStreamId();
  for (let round = 0; Date.now() < until; round++) {
    const shared = sharedStreams[round % sharedStreams.length] ?? own;
    const streamId = round % 3 === 0 ? shared : own;
    const events = Array.from({ length: 1 + (round % 3) }, () => buildNewEvent({ data: { round } }));
    const expectedVersion = round % 7 === 0 ? 'any' : (versions.get(streamId) ?? 0);
    try {
      const result = await store.append(streamId, events, { expectedVersion });
      versions.set(streamId, result.nextExpectedVersion);
      tally.committed.push(...events.map((event) => event.id));
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflictError)) throw error;
      versions.set(streamId, error.actual);
      tally.conflicts += 1;
    }
  }
  return tally;
}

function isStrictlyIncreasing(events: readonly EventEnvelope[]): boolean {
  return events.every(
    (event, index) => index === 0 || event.globalPosition > (events[index - 1]?.globalPosition ?? 0n),
  );
}

describeWithServer(
  'postgres',
  `${PostgresEventStore.name} under concurrent writers (PostgreSQL)`,
  (connectionString) => {
    const schema = uniqueSchemaName('crm_event_store_stress');

    afterAll(async () => {
      await runOnce(connectionString, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    });

    it('lets a tailing reader see every committed event exactly once, in the final order, with none skipped', async () => {
      const writerStore = await PostgresEventStore.create(connectionString, { schema, poolSize: writers });
      const readerStore = await PostgresEventStore.create(connectionString, {
        schema,
        subscriptions: { fallbackPollIntervalMs: 50 },
      });
      try {
        const probe = new EventProbe();
        const subscription = readerStore.subscribe(probe.handler, { after: 0n, batchSize: 100 });
        const until = Date.now() + runMs;
        const tallies = await Promise.all(
          Array.from({ length: writers }, () => runWriter(writerStore, until)),
        );
        const final = await readerStore.readAll();
        // Waiting for the last event, not a count: a skipped event then shows up as a diff, not a hang.
        await probe.waitForId(final.at(-1)?.id ?? '');
        await subscription.stop();

        const committed = tallies.flatMap((tally) => tally.committed);
        expect(tallies.reduce((sum, tally) => sum + tally.conflicts, 0)).toBeGreaterThan(0);
        expect(new Set(final.map((event) => event.id))).toEqual(new Set(committed));
        expect(final).toHaveLength(committed.length);
        expect(probe.ids()).toEqual(final.map((event) => event.id));
        expect(probe.received.map((event) => event.globalPosition)).toEqual(
          final.map((event) => event.globalPosition),
        );
        expect(isStrictlyIncreasing(final)).toBe(true);
      } finally {
        await readerStore.close();
        await writerStore.close();
      }
    }, 120_000);
  },
);
