import type { NewEvent } from '@crm/contracts';
import { DomainError, type Decider } from '@crm/core';
import { ExpectedVersionConflictError, StreamVersionMismatchError } from '../errors';
import type { AppendOptions, AppendResult } from '../event-store.port';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { buildNewEvent, uniqueStreamId } from '../testing/build-new-event';
import { aggregateStreamAt } from './aggregate-stream-at';
import { handleCommand, type HandleCommandOptions } from './handle-command';

type CounterEvent = { type: 'counter.Incremented'; data: { by: number } };
type CounterCommand = { type: 'Increment'; by: number } | { type: 'Touch' };

const counterDecider: Decider<number, CounterCommand, CounterEvent> = {
  initialState: () => 0,
  evolve: (state, event) => state + event.data.by,
  decide: (command, state) => {
    if (command.type === 'Touch') return [];
    if (state + command.by > 10) throw new DomainError('COUNTER.LIMIT', 'illegal-state', 'Counter over 10');
    return [{ type: 'counter.Incremented', data: { by: command.by } }];
  },
};

const incremented = (by: number): NewEvent => buildNewEvent({ type: 'counter.Incremented', data: { by } });

// Another writer slips an increment in right before each of the next `races` appends.
class RacingStore extends InMemoryEventStore {
  appendAttempts = 0;

  constructor(public races: number) {
    super();
  }

  override async append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.appendAttempts += 1;
    if (this.races > 0) {
      this.races -= 1;
      await super.append(streamId, [incremented(1)], { expectedVersion: 'any' });
    }
    return super.append(streamId, events, options);
  }
}

describe(handleCommand.name, () => {
  let ids = 0;
  const options: HandleCommandOptions<CounterEvent> = {
    metadata: {
      tenantId: 'tenant-7',
      actor: 'user-3',
      correlationId: 'correlation-9',
      causationId: 'causation-4',
    },
    occurredAt: '2025-06-01T08:00:00.000Z',
    newEventId: () => `event-${++ids}`,
  };
  const increment = (by: number): CounterCommand => ({ type: 'Increment', by });

  it('decides a new stream on the initial state without reading it, and refuses one that exists', async () => {
    const store = new InMemoryEventStore();
    const reads = jest.spyOn(store, 'readStream');
    const streamId = uniqueStreamId();

    const result = await handleCommand(store, streamId, counterDecider, increment(2), {
      ...options,
      newStream: true,
    });

    expect(result).toMatchObject({ newState: 2, nextExpectedVersion: 1 });
    expect(reads).not.toHaveBeenCalled();
    await expect(
      handleCommand(store, streamId, counterDecider, increment(1), { ...options, newStream: true }),
    ).rejects.toBeInstanceOf(ExpectedVersionConflictError);
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  beforeEach(() => {
    ids = 0;
  });

  it('appends the decided events with the caller metadata, ids and time', async () => {
    const store = new InMemoryEventStore();
    const streamId = uniqueStreamId('counter.counter');

    const result = await handleCommand(store, streamId, counterDecider, increment(4), options);

    const expected = {
      id: 'event-1',
      type: 'counter.Incremented',
      schemaVersion: 1,
      tenantId: 'tenant-7',
      occurredAt: '2025-06-01T08:00:00.000Z',
      actor: 'user-3',
      correlationId: 'correlation-9',
      causationId: 'causation-4',
      data: { by: 4 },
    };
    expect(result).toEqual({
      newState: 4,
      newEvents: [expected],
      nextExpectedVersion: 1,
      lastGlobalPosition: 1n,
    });
    expect(await store.readStream(streamId)).toEqual([
      { ...expected, streamId, streamVersion: 1, globalPosition: 1n },
    ]);
  });

  it('decides on the state folded from the stream', async () => {
    const store = new InMemoryEventStore();
    const streamId = uniqueStreamId();
    await store.append(streamId, [incremented(6), incremented(3)], { expectedVersion: 'no-stream' });

    const result = await handleCommand(store, streamId, counterDecider, increment(1), options);

    expect(result.newState).toBe(10);
    expect(result.nextExpectedVersion).toBe(3);
    await expect(handleCommand(store, streamId, counterDecider, increment(1), options)).rejects.toMatchObject(
      {
        code: 'COUNTER.LIMIT',
      },
    );
  });

  it('re-reads and re-decides after losing a race, with fresh event ids', async () => {
    const store = new RacingStore(2);
    const streamId = uniqueStreamId();

    const result = await handleCommand(store, streamId, counterDecider, increment(5), options);

    expect(store.appendAttempts).toBe(3);
    expect(result.newState).toBe(7);
    expect(result.nextExpectedVersion).toBe(3);
    expect(result.newEvents.map((event) => event.id)).toEqual(['event-3']);
  });

  it('gives up with the conflict after the configured retries', async () => {
    const store = new RacingStore(Number.POSITIVE_INFINITY);

    const handling = handleCommand(store, uniqueStreamId(), counterDecider, increment(1), {
      ...options,
      maxRetries: 2,
    });

    await expect(handling).rejects.toBeInstanceOf(ExpectedVersionConflictError);
    expect(store.appendAttempts).toBe(3);
  });

  it('does not retry a race lost with a pinned expected version, and reports it as a conflict', async () => {
    const store = new RacingStore(0);
    const streamId = uniqueStreamId();
    await store.append(streamId, [incremented(1)], { expectedVersion: 'no-stream' });
    store.races = 1;

    const handling = handleCommand(store, streamId, counterDecider, increment(1), {
      ...options,
      expectedVersion: 1,
    });

    await expect(handling).rejects.toMatchObject({ kind: 'conflict', code: 'EVENT_STORE.VERSION_CONFLICT' });
    expect(store.appendAttempts).toBe(2);
  });

  it('rejects a pinned expected version the stream is not at, before deciding', async () => {
    const store = new InMemoryEventStore();
    const streamId = uniqueStreamId();
    await store.append(streamId, [incremented(1), incremented(1)], { expectedVersion: 'no-stream' });
    const decide = jest.fn(counterDecider.decide);

    const handling = handleCommand(store, streamId, { ...counterDecider, decide }, increment(1), {
      ...options,
      expectedVersion: 1,
    });

    await expect(handling).rejects.toBeInstanceOf(StreamVersionMismatchError);
    await expect(handling).rejects.toMatchObject({
      kind: 'precondition-failed',
      code: 'EVENT_STORE.VERSION_MISMATCH',
      expected: 1,
      actual: 2,
    });
    expect(decide).not.toHaveBeenCalled();
  });

  it('appends when the pinned expected version matches', async () => {
    const store = new InMemoryEventStore();
    const streamId = uniqueStreamId();
    await store.append(streamId, [incremented(2)], { expectedVersion: 'no-stream' });

    const result = await handleCommand(store, streamId, counterDecider, increment(3), {
      ...options,
      expectedVersion: 1,
    });

    expect(result).toMatchObject({ newState: 5, nextExpectedVersion: 2 });
  });

  it('appends nothing when the decider decides nothing', async () => {
    const store = new InMemoryEventStore();
    const streamId = uniqueStreamId();
    await store.append(streamId, [incremented(2)], { expectedVersion: 'no-stream' });

    const result = await handleCommand(store, streamId, counterDecider, { type: 'Touch' }, options);

    expect(result).toEqual({ newState: 2, newEvents: [], nextExpectedVersion: 1, lastGlobalPosition: 1n });
    expect(await store.readAll()).toHaveLength(1);
  });
});

describe(aggregateStreamAt.name, () => {
  it('folds the stream as it stood at an instant or a version', async () => {
    const store = new InMemoryEventStore();
    const streamId = uniqueStreamId();
    await store.append(
      streamId,
      [1, 2, 3].map((day) => ({ ...incremented(day), occurredAt: `2025-01-0${day}T00:00:00.000Z` })),
      { expectedVersion: 'no-stream' },
    );

    expect(await aggregateStreamAt(store, streamId, counterDecider)).toEqual({ state: 6, version: 3 });
    expect(
      await aggregateStreamAt(store, streamId, counterDecider, { until: '2025-01-02T12:00:00Z' }),
    ).toEqual({
      state: 3,
      version: 2,
    });
    expect(await aggregateStreamAt(store, streamId, counterDecider, { toVersion: 1 })).toEqual({
      state: 1,
      version: 1,
    });
    expect(await aggregateStreamAt(store, uniqueStreamId(), counterDecider)).toEqual({
      state: 0,
      version: 0,
    });
  });
});
