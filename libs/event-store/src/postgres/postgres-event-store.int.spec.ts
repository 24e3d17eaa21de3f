import { describeWithServer } from '@crm/test-servers';
import { Client } from 'pg';
import { buildNewEvent, uniqueStreamId } from '../testing/build-new-event';
import { EventProbe } from '../testing/event-probe';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { appendSql } from './append-statement';
import { storeTables } from './events-schema';
import { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';
import { runOnce, uniqueSchemaName } from './test-schema';

describeWithServer('postgres', `${PostgresEventStore.name} (PostgreSQL)`, (connectionString) => {
  const schema = uniqueSchemaName();
  const opened: PostgresEventStore[] = [];
  const open = async (options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> => {
    const store = await PostgresEventStore.create(connectionString, { schema, ...options });
    opened.push(store);
    return store;
  };

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  afterAll(async () => {
    await runOnce(connectionString, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  describeEventStoreContract(PostgresEventStore.name, () => open());

  describe(PostgresEventStore.name, () => {
    it('wakes a subscriber in another store instance through NOTIFY, without polling', async () => {
      const quiet = { subscriptions: { fallbackPollIntervalMs: 3_600_000 } };
      const reader = await open(quiet);
      const writer = await open(quiet);
      const after = (await reader.readAll()).at(-1)?.globalPosition ?? 0n;
      const probe = new EventProbe();
      reader.subscribe(probe.handler, { after });
      const event = buildNewEvent();
      await writer.append(uniqueStreamId(), [event], { expectedVersion: 'no-stream' });
      await probe.waitForId(event.id);
      expect(probe.ids()).toEqual([event.id]);
    });

    it('holds back later commits until an older transaction ends, then reads in transaction order', async () => {
      const store = await open({ horizonWaitMs: 20 });
      const after = (await store.readAll()).at(-1)?.globalPosition ?? 0n;
      const older = new Client({ connectionString });
      await older.connect();
      try {
        await older.query('BEGIN');
        const early = buildNewEvent();
        await older.query(appendSql('any', storeTables(schema)), [uniqueStreamId(), JSON.stringify([early])]);
        const late = buildNewEvent();
        await store.append(uniqueStreamId(), [late], { expectedVersion: 'no-stream' });
        expect(await store.readAll({ after })).toEqual([]);
        await older.query('COMMIT');
        const events = await store.readAll({ after });
        expect(events.map((event) => event.id)).toEqual([early.id, late.id]);
      } finally {
        await older.end();
      }
    });

    it('creates its tables idempotently, also when several stores start at once', async () => {
      const [first, , last] = await Promise.all([open(), open(), open()]);
      const streamId = uniqueStreamId();
      await first.append(streamId, [buildNewEvent()], { expectedVersion: 'no-stream' });
      expect(await last.readStream(streamId)).toHaveLength(1);
    });

    it('rejects an until that is not an instant', async () => {
      const store = await open();
      await expect(store.readStream(uniqueStreamId(), { until: 'yesterday' })).rejects.toMatchObject({
        code: 'EVENT_STORE.INVALID_UNTIL',
      });
    });
  });
});
