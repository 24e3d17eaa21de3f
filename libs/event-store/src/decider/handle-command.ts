import type { CommandMetadata, NewEvent } from '@crm/contracts';
import { foldEvents, type Decider, type DomainEvent } from '@crm/core';
import { crmMetrics, inSpan } from '@crm/observability';
import { ExpectedVersionConflictError, StreamVersionMismatchError } from '../errors';
import type { EventStore } from '../event-store.port';
import { upcasterOf, type Upcast } from './stored-events';

export interface HandleCommandOptions<Event extends DomainEvent> {
  /** Tenant, actor, correlation and causation ids copied into every new event. */
  readonly metadata: CommandMetadata;
  /** ISO-8601 UTC instant stamped on every new event. */
  readonly occurredAt: string;
  /** Called once per new event, per attempt. */
  readonly newEventId: () => string;
  /**
   * The version the caller loaded (If-Match). If the stream is elsewhere, `StreamVersionMismatchError`
   * is thrown before deciding; a race lost at append throws `ExpectedVersionConflictError`. No retries.
   */
  readonly expectedVersion?: number;
  /**
   * The stream id was minted for this command (e.g. a fresh UUID), so there is nothing to read: decide
   * on the initial state and append with `no-stream`. If the stream exists after all, the append fails
   * with `ExpectedVersionConflictError` and nothing is retried.
   */
  readonly newStream?: boolean;
  /** Without `expectedVersion`: how many times to re-read and re-decide after a conflict. Default 3. */
  readonly maxRetries?: number;
  /** schemaVersion of the new events. Default 1. */
  readonly schemaVersion?: number;
  readonly upcast?: Upcast<Event>;
}

export interface HandleCommandResult<State, Event extends DomainEvent> {
  readonly newState: State;
  readonly newEvents: readonly NewEvent<Event['type'], Event['data']>[];
  /** The stream version after the command (the ETag). */
  readonly nextExpectedVersion: number;
  readonly lastGlobalPosition: bigint;
}

const defaultMaxRetries = 3;

/**
 * Load, decide, append: reads the stream, folds it, lets the decider decide, and appends the new
 * events with the version it read as the expected version, retrying on a lost race unless the
 * caller pinned `expectedVersion`.
 */
export async function handleCommand<State, Command, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  options: HandleCommandOptions<Event>,
): Promise<HandleCommandResult<State, Event>> {
  const type = commandTypeOf(command);
  const started = performance.now();
  let outcome = 'error';
  try {
    const result = await inSpan(`command ${type}`, { attributes: { 'crm.stream_id': streamId } }, () =>
      decideWithRetries(store, streamId, decider, command, options),
    );
    outcome = 'ok';
    return result;
  } finally {
    crmMetrics()
      .commandDuration.labels(type, outcome)
      .observe((performance.now() - started) / 1000);
  }
}

// Commands are discriminated unions on `type`: a label with as many values as there are commands.
function commandTypeOf(command: unknown): string {
  const type = (command as { readonly type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : 'unknown';
}

async function decideWithRetries<State, Command, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  options: HandleCommandOptions<Event>,
): Promise<HandleCommandResult<State, Event>> {
  const pinned = options.expectedVersion !== undefined || options.newStream === true;
  const maxRetries = pinned ? 0 : (options.maxRetries ?? defaultMaxRetries);
  for (let attempt = 0; ; attempt++) {
    try {
      return await decideAndAppend(store, streamId, decider, command, options);
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflictError) || attempt >= maxRetries) throw error;
    }
  }
}

async function decideAndAppend<State, Command, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  options: HandleCommandOptions<Event>,
): Promise<HandleCommandResult<State, Event>> {
  const stored = options.newStream ? [] : await store.readStream(streamId);
  const version = stored.at(-1)?.streamVersion ?? 0;
  if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
    throw new StreamVersionMismatchError(streamId, options.expectedVersion, version);
  }
  const upcast = upcasterOf(options.upcast);
  const state = foldEvents(
    decider,
    stored.map((envelope) => upcast(envelope)),
  );
  const decided = decider.decide(command, state);
  const newState = decided.reduce((current, event) => decider.evolve(current, event), state);
  if (decided.length === 0) {
    return {
      newState,
      newEvents: [],
      nextExpectedVersion: version,
      lastGlobalPosition: stored.at(-1)?.globalPosition ?? 0n,
    };
  }
  const newEvents = decided.map((event) => toNewEvent(event, options));
  const appended = await store.append(streamId, newEvents, {
    expectedVersion: version === 0 ? 'no-stream' : version,
  });
  return { newState, newEvents, ...appended };
}

function toNewEvent<Event extends DomainEvent>(
  event: Event,
  options: HandleCommandOptions<Event>,
): NewEvent<Event['type'], Event['data']> {
  return {
    id: options.newEventId(),
    type: event.type,
    schemaVersion: options.schemaVersion ?? 1,
    tenantId: options.metadata.tenantId,
    occurredAt: options.occurredAt,
    actor: options.metadata.actor,
    correlationId: options.metadata.correlationId,
    causationId: options.metadata.causationId,
    data: event.data,
  };
}
