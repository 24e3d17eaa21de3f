import { foldEvents, type Decider, type DomainEvent } from '@crm/core';
import type { EventStore } from '../event-store.port';
import { upcasterOf, type Upcast } from './stored-events';

export interface AggregateStreamAtOptions<Event extends DomainEvent> {
  /** ISO-8601 instant: fold only events that occurred at or before it. */
  readonly until?: string;
  /** Fold only up to this stream version, inclusive. */
  readonly toVersion?: number;
  readonly upcast?: Upcast<Event>;
}

export interface AggregatedState<State> {
  readonly state: State;
  /** Version of the last folded event; 0 when none. */
  readonly version: number;
}

/** The state of an aggregate as it stood at an instant or a version ("as of" queries). */
export async function aggregateStreamAt<State, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<State, unknown, Event>, 'initialState' | 'evolve'>,
  options: AggregateStreamAtOptions<Event> = {},
): Promise<AggregatedState<State>> {
  const stored = await store.readStream(streamId, { until: options.until, toVersion: options.toVersion });
  const upcast = upcasterOf(options.upcast);
  return {
    state: foldEvents(
      decider,
      stored.map((envelope) => upcast(envelope)),
    ),
    version: stored.at(-1)?.streamVersion ?? 0,
  };
}
