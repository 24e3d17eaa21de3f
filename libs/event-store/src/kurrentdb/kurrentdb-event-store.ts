import type { EventEnvelope, NewEvent } from '@crm/contracts';
import {
  excludeSystemEvents,
  FORWARDS,
  KurrentDBClient,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type ReadPosition,
  type ReadStreamOptions as KurrentReadStreamOptions,
} from '@kurrent/kurrentdb-client';
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
import { occurredUntil } from '../occurred-until';
import type { EventStoreOptions } from '../store-options';
import { SubscriptionHub } from '../subscription/subscription-hub';
import { defaultSubscriptionSettings } from '../subscription/subscription-settings';
import {
  decodePosition,
  isSystemEvent,
  toConflictError,
  toEnvelope,
  toEventData,
  toStreamState,
} from './kurrentdb-mapping';

const defaultFallbackPollIntervalMs = 500;

/**
 * The event store over KurrentDB (optional adapter). Expected versions map to KurrentDB stream states,
 * `readAll` reads `$all` without system events, and positions encode commit/prepare in one bigint.
 * Ids already in the target stream are skipped before the append; KurrentDB's own idempotency covers
 * a retried write racing with itself.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly client: KurrentDBClient;
  private readonly hub: SubscriptionHub;
  private closed = false;

  constructor(connectionString: string, options: EventStoreOptions = {}) {
    this.client = KurrentDBClient.connectionString(connectionString);
    this.hub = new SubscriptionHub((after, limit) => this.page(after, limit), {
      ...defaultSubscriptionSettings,
      fallbackPollIntervalMs: defaultFallbackPollIntervalMs,
      ...options.subscriptions,
    });
  }

  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    const stored = await this.readRecorded(streamId, {});
    const storedIds = new Set(stored.map((event) => event.id));
    const fresh = events.filter((event, index) => {
      const firstInBatch = events.findIndex((other) => other.id === event.id) === index;
      return firstInBatch && !storedIds.has(event.id);
    });
    if (fresh.length === 0) return headOf(stored.at(-1));
    try {
      const result = await this.client.appendToStream(streamId, fresh.map(toEventData), {
        streamState: toStreamState(options.expectedVersion),
      });
      this.hub.notify();
      // The append reports the write's position; the port wants that of its last event.
      const [last] = await this.readRecorded(streamId, {
        fromRevision: result.nextExpectedRevision,
        maxCount: 1,
      });
      return headOf(last);
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw toConflictError(streamId, options.expectedVersion, error.actualState);
      }
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    const isUntil = occurredUntil(options.until);
    const fromVersion = options.fromVersion ?? 1;
    const read: KurrentReadStreamOptions = { fromRevision: BigInt(fromVersion - 1) };
    if (options.toVersion !== undefined) read.maxCount = Math.max(options.toVersion - fromVersion + 1, 0);
    if (read.maxCount === 0) return [];
    return (await this.readRecorded(streamId, read)).filter(isUntil);
  }

  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    return this.page(options.after ?? 0n, options.limit);
  }

  subscribe(handler: EventHandler, options: SubscribeOptions): Subscription {
    this.assertOpen();
    return this.hub.subscribe(handler, options);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.hub.stopAll();
    await this.client.dispose();
  }

  private async readRecorded(streamId: string, options: KurrentReadStreamOptions): Promise<EventEnvelope[]> {
    const events: EventEnvelope[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, { direction: FORWARDS, ...options })) {
        if (resolved.event) events.push(toEnvelope(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  // $all reads from a position inclusively: the event at `after` itself is dropped.
  private async page(after: bigint, limit: number | undefined): Promise<EventEnvelope[]> {
    const fromPosition: ReadPosition = after === 0n ? START : decodePosition(after);
    const events: EventEnvelope[] = [];
    const read = this.client.readAll({
      fromPosition,
      direction: FORWARDS,
      filter: excludeSystemEvents(),
      ...(limit === undefined ? {} : { maxCount: limit + 1 }),
    });
    for await (const resolved of read) {
      const recorded = resolved.event;
      if (recorded === undefined || isSystemEvent(recorded)) continue;
      const envelope = toEnvelope(recorded);
      if (envelope.globalPosition <= after) continue;
      events.push(envelope);
      if (limit !== undefined && events.length >= limit) break;
    }
    return events;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('KurrentDbEventStore is closed');
  }
}

function headOf(last: EventEnvelope | undefined): AppendResult {
  return { nextExpectedVersion: last?.streamVersion ?? 0, lastGlobalPosition: last?.globalPosition ?? 0n };
}
