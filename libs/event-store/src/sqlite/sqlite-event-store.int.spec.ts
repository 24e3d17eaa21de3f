import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ExpectedVersionConflictError } from '../errors';
import { buildNewEvent, uniqueStreamId } from '../testing/build-new-event';
import { EventProbe } from '../testing/event-probe';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

const directory = mkdtempSync(join(tmpdir(), 'crm-event-store-'));
const newFile = (): string => join(directory, `${randomUUID()}.sqlite`);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describeEventStoreContract(`${SqliteEventStore.name} (file)`, () => new SqliteEventStore(newFile()));
describeEventStoreContract(`${SqliteEventStore.name} (:memory:)`, () => new SqliteEventStore(':memory:'));

describe(SqliteEventStore.name, () => {
  const opened: SqliteEventStore[] = [];
  const open = (file: string): SqliteEventStore => {
    const store = new SqliteEventStore(file, { subscriptions: { fallbackPollIntervalMs: 10 } });
    opened.push(store);
    return store;
  };

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  it('keeps events and positions across closing and reopening the file', async () => {
    const file = newFile();
    const streamId = uniqueStreamId();
    const first = open(file);
    await first.append(streamId, [buildNewEvent(), buildNewEvent()], { expectedVersion: 'no-stream' });
    const before = await first.readAll();
    await first.close();

    const reopened = open(file);
    const result = await reopened.append(streamId, [buildNewEvent()], { expectedVersion: 2 });

    expect((await reopened.readAll()).slice(0, 2)).toEqual(before);
    expect(result).toEqual({ nextExpectedVersion: 3, lastGlobalPosition: 3n });
  });

  it('resumes a subscription from a checkpoint saved before a restart, exactly once', async () => {
    const file = newFile();
    const streamId = uniqueStreamId();
    const events = Array.from({ length: 6 }, () => buildNewEvent());
    const before = open(file);
    await before.append(streamId, events, { expectedVersion: 'no-stream' });
    const probe = new EventProbe();
    const subscription = before.subscribe(probe.handler, { after: 0n, batchSize: 4 });
    await probe.waitForCount(4);
    await subscription.stop();
    const checkpoint = probe.received.at(-1)?.globalPosition ?? 0n;
    await before.close();

    const after = open(file);
    const resumed = new EventProbe();
    after.subscribe(resumed.handler, { after: checkpoint });
    const sentinel = buildNewEvent();
    await after.append(uniqueStreamId(), [sentinel], { expectedVersion: 'no-stream' });
    await resumed.waitForId(sentinel.id);

    expect([...probe.ids(), ...resumed.ids()].slice(0, 6)).toEqual(events.map((event) => event.id));
    expect(resumed.ids()).toEqual([
      ...events.slice(probe.received.length).map((event) => event.id),
      sentinel.id,
    ]);
  });

  it("lets two stores on one file, like two processes, read and subscribe to each other's events", async () => {
    const file = newFile();
    const writer = open(file);
    const reader = open(file);
    const probe = new EventProbe();
    reader.subscribe(probe.handler, { after: 0n });
    const event = buildNewEvent();

    await writer.append(uniqueStreamId(), [event], { expectedVersion: 'no-stream' });
    await probe.waitForId(event.id);

    expect((await reader.readAll()).map((stored) => stored.id)).toEqual([event.id]);
    expect(probe.ids()).toEqual([event.id]);
  });

  it('delivers, in order, appends of this store interleaved with those of another on the same file', async () => {
    const file = newFile();
    const local = open(file);
    const other = open(file);
    const probe = new EventProbe();
    local.subscribe(probe.handler, { after: 0n });
    const events = Array.from({ length: 6 }, () => buildNewEvent());

    for (const [index, event] of events.entries()) {
      const store = index % 3 === 1 ? other : local;
      await store.append(uniqueStreamId(), [event], { expectedVersion: 'no-stream' });
    }
    await probe.waitForId(events[5]?.id ?? '');

    expect(probe.ids()).toEqual(events.map((event) => event.id));
  });

  it('enforces the expected version between two stores on one file', async () => {
    const file = newFile();
    const streamId = uniqueStreamId();
    const first = open(file);
    const second = open(file);
    await first.append(streamId, [buildNewEvent()], { expectedVersion: 'no-stream' });

    await second.append(streamId, [buildNewEvent()], { expectedVersion: 1 });

    await expect(first.append(streamId, [buildNewEvent()], { expectedVersion: 1 })).rejects.toBeInstanceOf(
      ExpectedVersionConflictError,
    );
  });

  it('puts the file in WAL mode', () => {
    const file = newFile();
    open(file);
    const connection = new Database(file);

    expect(connection.pragma('journal_mode', { simple: true })).toBe('wal');
    connection.close();
  });

  it('returns global positions beyond 2^53 exactly', async () => {
    const file = newFile();
    const store = open(file);
    await store.append(uniqueStreamId(), [buildNewEvent()], { expectedVersion: 'no-stream' });
    const connection = new Database(file);
    connection.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'events'").run(2n ** 53n);
    connection.close();

    const result = await store.append(uniqueStreamId(), [buildNewEvent()], { expectedVersion: 'no-stream' });

    expect(result.lastGlobalPosition).toBe(2n ** 53n + 1n);
    expect((await store.readAll()).map((event) => event.globalPosition)).toEqual([1n, 2n ** 53n + 1n]);
  });

  it('rejects an append whose data cannot be stored with none of its events written, and commits the appends batched with it', async () => {
    const store = open(newFile());
    const rejected = uniqueStreamId();
    const accepted = uniqueStreamId();

    const outcomes = await Promise.allSettled([
      store.append(rejected, [buildNewEvent(), buildNewEvent({ data: { amount: 1n } })], {
        expectedVersion: 'no-stream',
      }),
      store.append(accepted, [buildNewEvent()], { expectedVersion: 'no-stream' }),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'fulfilled']);
    expect(await store.readStream(rejected)).toEqual([]);
    expect((await store.readAll()).map((event) => event.streamId)).toEqual([accepted]);
  });

  it('fails only the append the database refused halfway, not the others in its batch', async () => {
    const file = newFile();
    const store = open(file);
    const connection = new Database(file);
    connection.exec(`CREATE TRIGGER refuse_poison BEFORE INSERT ON events WHEN NEW.type = 'test.Poison'
      BEGIN SELECT RAISE(ABORT, 'refused by the database'); END`);
    connection.close();
    const [before, poisoned, after] = [uniqueStreamId(), uniqueStreamId(), uniqueStreamId()];

    const outcomes = await Promise.allSettled([
      store.append(before, [buildNewEvent()], { expectedVersion: 'no-stream' }),
      store.append(poisoned, [buildNewEvent(), buildNewEvent({ type: 'test.Poison' })], {
        expectedVersion: 'no-stream',
      }),
      store.append(after, [buildNewEvent()], { expectedVersion: 'no-stream' }),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.readAll()).map((event) => event.streamId)).toEqual([before, after]);
  });
});
