import { ExpectedVersionConflictError } from '../errors';
import type { EventStore, ExpectedVersion } from '../event-store.port';
import { buildNewEvent, uniqueStreamId } from './build-new-event';
import { headPosition } from './event-probe';

export function describeAppendContract(currentStore: () => EventStore): void {
  const appendOne = (streamId: string, expectedVersion: ExpectedVersion) =>
    currentStore().append(streamId, [buildNewEvent()], { expectedVersion });

  async function existingStream(): Promise<string> {
    const streamId = uniqueStreamId();
    await appendOne(streamId, 'no-stream');
    return streamId;
  }

  describe('expected version', () => {
    it.each<[ExpectedVersion, 'absent' | 'present']>([
      ['no-stream', 'absent'],
      ['stream-exists', 'present'],
      ['any', 'absent'],
      ['any', 'present'],
      [0, 'absent'],
      [1, 'present'],
    ])('appends with %p when the stream is %s', async (expectedVersion, state) => {
      const streamId = state === 'absent' ? uniqueStreamId() : await existingStream();
      const before = state === 'absent' ? 0 : 1;

      const result = await appendOne(streamId, expectedVersion);

      expect(result.nextExpectedVersion).toBe(before + 1);
      expect(await currentStore().readStream(streamId)).toHaveLength(before + 1);
    });

    it.each<[ExpectedVersion, 'absent' | 'present']>([
      ['no-stream', 'present'],
      ['stream-exists', 'absent'],
      [1, 'absent'],
      [0, 'present'],
      [2, 'present'],
    ])('rejects %p when the stream is %s', async (expectedVersion, state) => {
      const streamId = state === 'absent' ? uniqueStreamId() : await existingStream();

      const append = appendOne(streamId, expectedVersion);

      await expect(append).rejects.toBeInstanceOf(ExpectedVersionConflictError);
      await expect(append).rejects.toMatchObject({
        code: 'EVENT_STORE.VERSION_CONFLICT',
        kind: 'conflict',
        streamId,
        expected: expectedVersion,
        actual: state === 'absent' ? 0 : 1,
      });
    });
  });

  it('numbers stream versions from 1 without gaps', async () => {
    const streamId = uniqueStreamId();
    await currentStore().append(streamId, [buildNewEvent(), buildNewEvent()], {
      expectedVersion: 'no-stream',
    });
    await currentStore().append(streamId, [buildNewEvent()], { expectedVersion: 2 });
    await currentStore().append(streamId, [buildNewEvent(), buildNewEvent()], { expectedVersion: 'any' });

    const versions = (await currentStore().readStream(streamId)).map((event) => event.streamVersion);

    expect(versions).toEqual([1, 2, 3, 4, 5]);
  });

  it('reports the new version and the global position of the last appended event', async () => {
    const streamId = uniqueStreamId();

    const result = await currentStore().append(streamId, [buildNewEvent(), buildNewEvent()], {
      expectedVersion: 'no-stream',
    });

    const last = (await currentStore().readStream(streamId)).at(-1);
    expect(result).toEqual({ nextExpectedVersion: 2, lastGlobalPosition: last?.globalPosition });
    expect(typeof result.lastGlobalPosition).toBe('bigint');
  });

  it('stores the envelope it was given', async () => {
    const streamId = uniqueStreamId();
    const event = buildNewEvent({
      type: 'test.Stored',
      schemaVersion: 2,
      data: { nested: { list: [1, 'a'] } },
    });

    await currentStore().append(streamId, [event], { expectedVersion: 'no-stream' });

    expect(await currentStore().readStream(streamId)).toEqual([
      { ...event, streamId, streamVersion: 1, globalPosition: expect.any(BigInt) as unknown },
    ]);
  });

  describe('idempotency by event id', () => {
    it('ignores a re-append of stored events, without conflict, even with a stale expected version', async () => {
      const streamId = uniqueStreamId();
      const events = [buildNewEvent(), buildNewEvent()];
      const first = await currentStore().append(streamId, events, { expectedVersion: 'no-stream' });

      const again = await currentStore().append(streamId, events, { expectedVersion: 'no-stream' });

      expect(again).toEqual(first);
      expect(await currentStore().readStream(streamId)).toHaveLength(2);
    });

    it('skips the stored events of a mixed batch and appends the rest under the version check', async () => {
      const streamId = uniqueStreamId();
      const stored = buildNewEvent();
      const fresh = buildNewEvent();
      await currentStore().append(streamId, [stored], { expectedVersion: 'no-stream' });

      await expect(
        currentStore().append(streamId, [stored, fresh], { expectedVersion: 'no-stream' }),
      ).rejects.toBeInstanceOf(ExpectedVersionConflictError);
      const result = await currentStore().append(streamId, [stored, fresh], { expectedVersion: 1 });

      expect(result.nextExpectedVersion).toBe(2);
      expect((await currentStore().readStream(streamId)).map((event) => event.id)).toEqual([
        stored.id,
        fresh.id,
      ]);
    });

    it('stores an id repeated within one batch once', async () => {
      const streamId = uniqueStreamId();
      const event = buildNewEvent();

      await currentStore().append(streamId, [event, event], { expectedVersion: 'no-stream' });

      expect(await currentStore().readStream(streamId)).toHaveLength(1);
    });
  });

  it('stores nothing of a batch that conflicts', async () => {
    const streamId = await existingStream();
    const before = await headPosition(currentStore());

    await expect(
      currentStore().append(streamId, [buildNewEvent(), buildNewEvent(), buildNewEvent()], {
        expectedVersion: 5,
      }),
    ).rejects.toBeInstanceOf(ExpectedVersionConflictError);

    expect(await currentStore().readStream(streamId)).toHaveLength(1);
    expect(await currentStore().readAll({ after: before })).toEqual([]);
  });

  describe('concurrent appends', () => {
    it.each<[ExpectedVersion, 'absent' | 'present']>([
      [1, 'present'],
      ['no-stream', 'absent'],
    ])('lets exactly one of 20 appends with expected version %p win', async (expectedVersion, state) => {
      const streamId = state === 'absent' ? uniqueStreamId() : await existingStream();

      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, () =>
          currentStore().append(streamId, [buildNewEvent(), buildNewEvent()], { expectedVersion }),
        ),
      );

      const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const losers = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' ? [outcome.reason as unknown] : [],
      );
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(19);
      for (const reason of losers) expect(reason).toBeInstanceOf(ExpectedVersionConflictError);
      const versions = (await currentStore().readStream(streamId)).map((event) => event.streamVersion);
      expect(versions).toEqual(state === 'absent' ? [1, 2] : [1, 2, 3]);
    });

    it('gives concurrent appends to different streams distinct global positions', async () => {
      const before = await headPosition(currentStore());

      await Promise.all(Array.from({ length: 10 }, () => appendOne(uniqueStreamId(), 'any')));

      const positions = (await currentStore().readAll({ after: before })).map(
        (event) => event.globalPosition,
      );
      expect(positions).toHaveLength(10);
      expect(new Set(positions).size).toBe(10);
    });
  });
}
