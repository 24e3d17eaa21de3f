import type { EventEnvelope, NewEvent } from '@crm/contracts';
import { DomainError } from '@crm/core';
import {
  ANY,
  jsonEvent,
  NO_STREAM,
  STREAM_EXISTS,
  type AppendStreamState,
  type CurrentStreamState,
  type EventData,
  type JSONType,
  type Position,
} from '@kurrent/kurrentdb-client';
import { ExpectedVersionConflictError } from '../errors';
import type { ExpectedVersion } from '../event-store.port';

/** Bits of a global position that hold `prepare - commit`, the offset of an event inside its write. */
export const prepareOffsetBits = 24n;
const prepareOffsetMask = (1n << prepareOffsetBits) - 1n;

/** Our versions are 1-based and 0 means "absent"; KurrentDB revisions are 0-based. */
export function toStreamState(expected: ExpectedVersion): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no-stream':
      return NO_STREAM;
    case 'stream-exists':
      return STREAM_EXISTS;
    default:
      return expected === 0 ? NO_STREAM : BigInt(expected - 1);
  }
}

export function toVersion(state: CurrentStreamState): number {
  return state === NO_STREAM ? 0 : Number(state) + 1;
}

export function toConflictError(
  streamId: string,
  expected: ExpectedVersion,
  actual: CurrentStreamState,
): ExpectedVersionConflictError {
  return new ExpectedVersionConflictError(streamId, expected, toVersion(actual));
}

/**
 * $all is ordered by (commit, prepare); the events of one write share a commit position and their
 * prepare positions follow it within the write's size, so `commit << 24 | (prepare - commit)` keeps
 * that order in one bigint.
 */
export function encodePosition(position: Position): bigint {
  const offset = position.prepare - position.commit;
  if (offset < 0n || offset > prepareOffsetMask) {
    throw new Error(`KurrentDB position ${position.commit}/${position.prepare} does not fit the encoding`);
  }
  return (position.commit << prepareOffsetBits) | offset;
}

export function decodePosition(position: bigint): Position {
  const commit = position >> prepareOffsetBits;
  return { commit, prepare: commit + (position & prepareOffsetMask) };
}

/** The envelope fields KurrentDB has no column for travel as event metadata. */
export interface EnvelopeMetadata {
  readonly schemaVersion: number;
  readonly tenantId: string;
  readonly occurredAt: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string;
}

export function toEventData(event: NewEvent): EventData {
  const metadata: EnvelopeMetadata = {
    schemaVersion: event.schemaVersion,
    tenantId: event.tenantId,
    occurredAt: event.occurredAt,
    actor: event.actor,
    correlationId: event.correlationId,
    causationId: event.causationId,
  };
  return jsonEvent({ id: event.id, type: event.type, data: jsonData(event), metadata: { ...metadata } });
}

/** What `toEnvelope` needs of a recorded event. */
export interface RecordedJsonEvent {
  readonly id: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: Position;
}

export function toEnvelope(recorded: RecordedJsonEvent): EventEnvelope {
  const metadata = envelopeMetadata(recorded);
  return {
    id: recorded.id,
    type: recorded.type,
    schemaVersion: metadata.schemaVersion,
    streamId: recorded.streamId,
    streamVersion: Number(recorded.revision) + 1,
    globalPosition: recorded.position === undefined ? 0n : encodePosition(recorded.position),
    tenantId: metadata.tenantId,
    occurredAt: metadata.occurredAt,
    actor: metadata.actor,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    data: recorded.data,
  };
}

/** System streams and event types start with `$`; the event log of the CRM has none. */
export function isSystemEvent(recorded: Pick<RecordedJsonEvent, 'streamId' | 'type'>): boolean {
  return recorded.streamId.startsWith('$') || recorded.type.startsWith('$');
}

// KurrentDB JSON events carry an object or an array; a bare string would be taken as serialized JSON.
function jsonData(event: NewEvent): JSONType {
  if (typeof event.data === 'object' && event.data !== null) return event.data as JSONType;
  throw new DomainError(
    'EVENT_STORE.UNSUPPORTED_DATA',
    'validation',
    `KurrentDB stores event data as a JSON object or array; ${event.type} has ${typeof event.data}`,
  );
}

function envelopeMetadata(recorded: RecordedJsonEvent): EnvelopeMetadata {
  const metadata = recorded.metadata;
  if (typeof metadata !== 'object' || metadata === null) {
    throw new Error(`Event ${recorded.id} in ${recorded.streamId} has no envelope metadata`);
  }
  const fields = metadata as Record<string, unknown>;
  const text = (name: keyof EnvelopeMetadata): string => {
    const value = fields[name];
    if (typeof value !== 'string') throw new Error(`Event ${recorded.id} has no ${name} in its metadata`);
    return value;
  };
  const schemaVersion = fields['schemaVersion'];
  if (typeof schemaVersion !== 'number') throw new Error(`Event ${recorded.id} has no schemaVersion`);
  return {
    schemaVersion,
    tenantId: text('tenantId'),
    occurredAt: text('occurredAt'),
    actor: text('actor'),
    correlationId: text('correlationId'),
    causationId: text('causationId'),
  };
}
