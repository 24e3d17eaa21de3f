import type { EventEnvelope } from '@crm/contracts';
import type { DomainEvent } from '@crm/core';

/** Turns a stored envelope back into the decider's event, e.g. upcasting an old schemaVersion. */
export type Upcast<Event extends DomainEvent> = (envelope: EventEnvelope) => Event;

// By default the stream holds what this decider's handlers wrote, so type and data are its own events.
export function upcasterOf<Event extends DomainEvent>(upcast: Upcast<Event> | undefined): Upcast<Event> {
  return upcast ?? ((envelope) => ({ type: envelope.type, data: envelope.data }) as Event);
}
