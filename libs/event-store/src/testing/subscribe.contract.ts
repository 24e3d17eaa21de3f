import type { EventStore, Subscription } from '../event-store.port';
import { buildNewEvent, uniqueStreamId } from './build-new-event';
import { deferred, EventProbe, flushPendingCallbacks, headPosition } from './event-probe';

export function describeSubscribeContract(currentStore: () => EventStore): void {
  async function appendEvents(count: number, streamId = uniqueStreamId()): Promise<string[]> {
    const events = Array.from({ length: count }, () => buildNewEvent());
    await currentStore().append(streamId, events, { expectedVersion: 'any' });
    return events.map((event) => event.id);
  }

  // Waits for a marker appended last: anything delivered twice would show up before it.
  async function expectExactly(probe: EventProbe, ids: readonly string[]): Promise<void> {
    const [sentinel] = await appendEvents(1);
    await probe.waitForId(sentinel ?? '');
    expect(probe.ids()).toEqual([...ids, sentinel]);
  }

  describe('subscribe', () => {
    it('catches up in batches, then delivers live events, each exactly once in global order', async () => {
      const after = await headPosition(currentStore());
      const backlog = [...(await appendEvents(3)), ...(await appendEvents(2))];
      const probe = new EventProbe();

      const subscription = currentStore().subscribe(probe.handler, { after, batchSize: 2 });
      await probe.waitForCount(5);
      const live = [...(await appendEvents(2)), ...(await appendEvents(1))];
      await probe.waitForCount(8);

      await expectExactly(probe, [...backlog, ...live]);
      expect(probe.received).toEqual(await currentStore().readAll({ after, limit: 9 }));
      await subscription.stop();
    });

    it('resumes from a saved checkpoint and delivers the rest exactly once', async () => {
      const after = await headPosition(currentStore());
      const ids = await appendEvents(7);
      const first = new EventProbe();
      const reachedThree = deferred();
      let firstStopping: Promise<void> | undefined;
      const firstSubscription: Subscription = currentStore().subscribe(
        async (event) => {
          await first.handler(event);
          if (first.received.length < 3) return;
          // Not awaited: stop waits for this very handler call.
          firstStopping = firstSubscription.stop();
          reachedThree.resolve();
        },
        { after },
      );
      await reachedThree.promise;
      await firstStopping;
      const checkpoint = first.received.at(-1)?.globalPosition ?? 0n;

      const second = new EventProbe();
      const secondSubscription = currentStore().subscribe(second.handler, { after: checkpoint });

      expect(first.ids()).toEqual(ids.slice(0, 3));
      await expectExactly(second, ids.slice(3));
      await secondSubscription.stop();
    });

    it('resolves stop only after the handler in flight has finished, and delivers nothing more', async () => {
      const after = await headPosition(currentStore());
      const started = deferred();
      const release = deferred();
      const steps: string[] = [];
      const subscription = currentStore().subscribe(
        async (event) => {
          steps.push(`started ${event.streamVersion}`);
          started.resolve();
          await release.promise;
          steps.push(`finished ${event.streamVersion}`);
        },
        { after },
      );
      await appendEvents(2);
      await started.promise;

      const stopping = subscription.stop().then(() => steps.push('stopped'));
      await flushPendingCallbacks();
      expect(steps).toEqual(['started 1']);
      release.resolve();
      await stopping;

      expect(steps).toEqual(['started 1', 'finished 1', 'stopped']);
    });

    it('stops its subscriptions on close, after the handler in flight has finished', async () => {
      const after = await headPosition(currentStore());
      const started = deferred();
      const release = deferred();
      const steps: string[] = [];
      currentStore().subscribe(
        async () => {
          started.resolve();
          await release.promise;
          steps.push('handled');
        },
        { after },
      );
      await appendEvents(2);
      await started.promise;

      const closing = currentStore()
        .close()
        .then(() => steps.push('closed'));
      await flushPendingCallbacks();
      release.resolve();
      await closing;

      expect(steps).toEqual(['handled', 'closed']);
    });
  });
}
