import type { EventEnvelope, NewEvent } from '@crm/contracts';

/** Expected stream version for an append: exact version, or one of three modes. */
export type ExpectedVersion = number | 'no-stream' | 'stream-exists' | 'any';

export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion;
}

export interface AppendResult {
  /** Version of the stream after the append (unchanged if every event was already stored). */
  readonly nextExpectedVersion: number;
  /** Global position of the last event of this append, or of the stream's last event on a no-op. */
  readonly lastGlobalPosition: bigint;
}

export interface ReadStreamOptions {
  /** Inclusive, 1-based. Defaults to 1. */
  readonly fromVersion?: number;
  /** Inclusive upper bound on the stream version. */
  readonly toVersion?: number;
  /** Inclusive upper bound on occurredAt (ISO-8601): the stream as it stood at that instant. */
  readonly until?: string;
}

export interface ReadAllOptions {
  /** Exclusive lower bound; 0n reads from the start. */
  readonly after?: bigint;
  readonly limit?: number;
}

export interface SubscribeOptions {
  /** Exclusive lower bound: the checkpoint of the subscriber (last position it has handled). */
  readonly after: bigint;
  readonly batchSize?: number;
}

export type EventHandler = (event: EventEnvelope) => Promise<void> | void;

export interface Subscription {
  /**
   * Stops delivery; resolves once no handler call is in flight. From inside the handler, call it
   * without awaiting: it waits for that very call.
   */
  stop(): Promise<void>;
}

/** Every adapter passes the shared contract suite in `event-store.contract.ts`. */
export interface EventStore {
  /**
   * Appends atomically or not at all. Throws `ExpectedVersionConflictError` if the stream is not in the
   * expected state. Events whose id is already stored are skipped (idempotent retry).
   */
  append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<EventEnvelope[]>;
  /** The global log in the one order a tailing reader can follow without missing late commits. */
  readAll(options?: ReadAllOptions): Promise<EventEnvelope[]>;
  /** Catch up from `after`, then deliver live events, one at a time, in global order. */
  subscribe(handler: EventHandler, options: SubscribeOptions): Subscription;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');
