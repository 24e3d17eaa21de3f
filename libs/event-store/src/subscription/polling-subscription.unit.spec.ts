import type { EventEnvelope } from '@crm/contracts';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { buildNewEvent, uniqueStreamId } from '../testing/build-new-event';
import { deferred, EventProbe } from '../testing/event-probe';
import { PollingSubscription } from './polling-subscription';
import { defaultSubscriptionSettings, type SubscriptionLogger } from './subscription-settings';

function recordingLogger(): SubscriptionLogger & { messages: string[] } {
  const messages: string[] = [];
  return { messages, error: (message) => messages.push(message) };
}

describe(PollingSubscription.name, () => {
  const settings = { retryInitialDelayMs: 1, retryMaxDelayMs: 4 };

  it('retries a failing handler with backoff, logs each failure, and never skips the event', async () => {
    const logger = recordingLogger();
    const store = new InMemoryEventStore({ subscriptions: { ...settings, logger } });
    const events = [buildNewEvent(), buildNewEvent(), buildNewEvent()];
    await store.append(uniqueStreamId(), events, { expectedVersion: 'no-stream' });
    const probe = new EventProbe();
    const attempts: number[] = [];
    store.subscribe(
      async (event) => {
        attempts.push(event.streamVersion);
        if (event.streamVersion === 2 && attempts.length < 4) throw new Error('handler is down');
        await probe.handler(event);
      },
      { after: 0n },
    );

    await probe.waitForCount(3);

    expect(probe.ids()).toEqual(events.map((event) => event.id));
    expect(attempts).toEqual([1, 2, 2, 2, 3]);
    expect(logger.messages).toHaveLength(2);
    expect(logger.messages[0]).toContain('position 2');
    await store.close();
  });

  it('stops while waiting to retry a failing handler', async () => {
    const logger = recordingLogger();
    const store = new InMemoryEventStore({
      subscriptions: { retryInitialDelayMs: 3_600_000, retryMaxDelayMs: 3_600_000, logger },
    });
    const failed = deferred();
    const subscription = store.subscribe(
      () => {
        failed.resolve();
        throw new Error('handler is down');
      },
      { after: 0n },
    );
    await store.append(uniqueStreamId(), [buildNewEvent()], { expectedVersion: 'no-stream' });
    await failed.promise;

    await subscription.stop();

    expect(logger.messages).toHaveLength(1);
    await store.close();
  });

  it('retries a failed read and then delivers from where it was', async () => {
    const logger = recordingLogger();
    const event = { ...buildNewEvent(), streamId: 'test.stream-1', streamVersion: 1, globalPosition: 1n };
    const reads: bigint[] = [];
    const readPage = (after: bigint): Promise<readonly EventEnvelope[]> => {
      reads.push(after);
      if (reads.length === 1) return Promise.reject(new Error('database is locked'));
      return Promise.resolve(after === 0n ? [event] : []);
    };
    const probe = new EventProbe();

    const subscription = new PollingSubscription(readPage, probe.handler, 0n, 10, {
      ...defaultSubscriptionSettings,
      ...settings,
      logger,
    });
    await probe.waitForCount(1);
    await subscription.stop();

    expect(probe.received).toEqual([event]);
    expect(reads.slice(0, 2)).toEqual([0n, 0n]);
    expect(logger.messages).toEqual(['Subscription could not read after position 0']);
  });
});
