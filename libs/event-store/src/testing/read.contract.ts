import type { EventStore } from '../event-store.port';
import { buildNewEvent, uniqueStreamId } from './build-new-event';
import { headPosition } from './event-probe';

export function describeReadContract(currentStore: () => EventStore): void {
  async function streamOfFive(): Promise<string> {
    const streamId = uniqueStreamId();
    const events = [1, 2, 3, 4, 5].map((day) =>
      buildNewEvent({ occurredAt: `2025-03-0${day}T12:00:00.000Z`, data: { day } }),
    );
    await currentStore().append(streamId, events, { expectedVersion: 'no-stream' });
    return streamId;
  }

  const versionsOf = async (streamId: string, options: Parameters<EventStore['readStream']>[1]) =>
    (await currentStore().readStream(streamId, options)).map((event) => event.streamVersion);

  describe('readStream', () => {
    it('reads an absent stream as empty', async () => {
      expect(await currentStore().readStream(uniqueStreamId())).toEqual([]);
    });

    it('reads a stream in version order, from and to a version, both inclusive', async () => {
      const streamId = await streamOfFive();

      expect(await versionsOf(streamId, {})).toEqual([1, 2, 3, 4, 5]);
      expect(await versionsOf(streamId, { fromVersion: 3 })).toEqual([3, 4, 5]);
      expect(await versionsOf(streamId, { toVersion: 2 })).toEqual([1, 2]);
      expect(await versionsOf(streamId, { fromVersion: 2, toVersion: 4 })).toEqual([2, 3, 4]);
    });

    it('reads the stream as it stood at an instant, inclusive, whatever the ISO-8601 spelling', async () => {
      const streamId = await streamOfFive();

      expect(await versionsOf(streamId, { until: '2025-03-03T12:00:00.000Z' })).toEqual([1, 2, 3]);
      expect(await versionsOf(streamId, { until: '2025-03-03T12:00:00Z' })).toEqual([1, 2, 3]);
      expect(await versionsOf(streamId, { until: '2025-03-03T11:59:59.999Z' })).toEqual([1, 2]);
      expect(await versionsOf(streamId, { until: '2025-03-01T00:00:00Z' })).toEqual([]);
      expect(await versionsOf(streamId, { until: '2025-03-04T12:00:00Z', toVersion: 2 })).toEqual([1, 2]);
    });

    it('does not mix streams', async () => {
      const streamId = await streamOfFive();
      await streamOfFive();

      const events = await currentStore().readStream(streamId);

      expect(events.every((event) => event.streamId === streamId)).toBe(true);
    });
  });

  describe('readAll', () => {
    it('reads every stream in one global order of strictly increasing positions', async () => {
      const before = await headPosition(currentStore());
      const first = uniqueStreamId();
      const second = uniqueStreamId();
      const appended = [buildNewEvent(), buildNewEvent(), buildNewEvent(), buildNewEvent()];
      await currentStore().append(first, [appended[0] ?? buildNewEvent()], { expectedVersion: 'no-stream' });
      await currentStore().append(second, [appended[1] ?? buildNewEvent()], { expectedVersion: 'no-stream' });
      await currentStore().append(first, [appended[2] ?? buildNewEvent()], { expectedVersion: 1 });
      await currentStore().append(second, [appended[3] ?? buildNewEvent()], { expectedVersion: 1 });

      const events = await currentStore().readAll({ after: before });

      expect(events.map((event) => event.id)).toEqual(appended.map((event) => event.id));
      expect(events.map((event) => event.streamId)).toEqual([first, second, first, second]);
      const positions = events.map((event) => event.globalPosition);
      expect(
        positions.every((position, index) => index === 0 || position > (positions[index - 1] ?? 0n)),
      ).toBe(true);
      expect(positions[0]).toBeGreaterThan(before);
    });

    it('pages with after (exclusive) and limit into exactly the whole log', async () => {
      const before = await headPosition(currentStore());
      await currentStore().append(
        uniqueStreamId(),
        [1, 2, 3, 4, 5, 6, 7].map(() => buildNewEvent()),
        {
          expectedVersion: 'no-stream',
        },
      );
      const whole = await currentStore().readAll({ after: before });

      const paged = [];
      let after = before;
      for (;;) {
        const page = await currentStore().readAll({ after, limit: 3 });
        expect(page.length).toBeLessThanOrEqual(3);
        if (page.length === 0) break;
        paged.push(...page);
        after = page.at(-1)?.globalPosition ?? after;
      }

      expect(whole).toHaveLength(7);
      expect(paged).toEqual(whole);
    });

    it('reads nothing after the last position', async () => {
      await currentStore().append(uniqueStreamId(), [buildNewEvent()], { expectedVersion: 'no-stream' });

      expect(await currentStore().readAll({ after: await headPosition(currentStore()) })).toEqual([]);
    });
  });
}
