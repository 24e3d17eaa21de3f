import type { EventEnvelope, NewEvent } from '@crm/contracts';
import type {
  AppendOptions,
  AppendResult,
  EventHandler,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { assertExpectedVersion } from '../expected-version';
import { occurredUntil } from '../occurred-until';
import type { EventStoreOptions } from '../store-options';
import { SubscriptionHub } from '../subscription/subscription-hub';
import { defaultSubscriptionSettings } from '../subscription/subscription-settings';

/** The event store in process memory, for unit tests. Each append runs without yielding, hence atomically. */
export class InMemoryEventStore implements EventStore {
  private readonly log: EventEnvelope[] = [];
  private readonly streams = new Map<string, EventEnvelope[]>();
  private readonly storedIds = new Set<string>();
  private readonly hub: SubscriptionHub;
  private closed = false;

  constructor(options: EventStoreOptions = {}) {
    // eslint-disable-next-line @typescript-eslint/require-await -- the port is asynchronous
    this.hub = new SubscriptionHub(async (after, limit) => this.page(after, limit), {
      ...defaultSubscriptionSettings,
      ...options.subscriptions,
    });
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- the port is asynchronous
  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    const stream = this.streams.get(streamId) ?? [];
    const fresh = unstored(events, this.storedIds);
    if (fresh.length === 0) return resultOf(stream);
    assertExpectedVersion(streamId, options.expectedVersion, stream.length);
    for (const event of fresh) {
      const envelope: EventEnvelope = {
        ...event,
        data: structuredClone(event.data),
        streamId,
        streamVersion: stream.length + 1,
        globalPosition: BigInt(this.log.length + 1),
      };
      stream.push(envelope);
      this.log.push(envelope);
      this.storedIds.add(event.id);
    }
    this.streams.set(streamId, stream);
    this.hub.notify();
    return resultOf(stream);
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- the port is asynchronous
  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    const fromVersion = options.fromVersion ?? 1;
    const toVersion = options.toVersion ?? Number.POSITIVE_INFINITY;
    const isUntil = occurredUntil(options.until);
    return (this.streams.get(streamId) ?? []).filter(
      (event) => event.streamVersion >= fromVersion && event.streamVersion <= toVersion && isUntil(event),
    );
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- the port is asynchronous
  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    return this.page(options.after ?? 0n, options.limit);
  }

  subscribe(handler: EventHandler, options: SubscribeOptions): Subscription {
    this.assertOpen();
    return this.hub.subscribe(handler, options);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.hub.stopAll();
  }

  private page(after: bigint, limit: number | undefined): EventEnvelope[] {
    // Position p sits at index p - 1.
    const start = Number(after);
    return this.log.slice(start, limit === undefined ? undefined : start + limit);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('InMemoryEventStore is closed');
  }
}

// Skips ids already stored and ids repeated within the batch: an append is idempotent by event id.
function unstored(events: readonly NewEvent[], storedIds: ReadonlySet<string>): NewEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    if (storedIds.has(event.id) || seen.has(event.id)) return false;
    seen.add(event.id);
    return true;
  });
}

function resultOf(stream: readonly EventEnvelope[]): AppendResult {
  return { nextExpectedVersion: stream.length, lastGlobalPosition: stream.at(-1)?.globalPosition ?? 0n };
}
