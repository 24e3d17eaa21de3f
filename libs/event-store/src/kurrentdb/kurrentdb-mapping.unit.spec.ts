import { ANY, NO_STREAM, STREAM_EXISTS } from '@kurrent/kurrentdb-client';
import { ExpectedVersionConflictError } from '../errors';
import { buildNewEvent } from '../testing/build-new-event';
import {
  decodePosition,
  encodePosition,
  isSystemEvent,
  toConflictError,
  toEnvelope,
  toEventData,
  toStreamState,
  toVersion,
} from './kurrentdb-mapping';

describe('KurrentDB mapping', () => {
  it.each([
    [1, 0n],
    [5, 4n],
    [0, NO_STREAM],
    ['no-stream', NO_STREAM],
    ['stream-exists', STREAM_EXISTS],
    ['any', ANY],
  ] as const)('maps expected version %p to stream state %p', (expected, state) => {
    expect(toStreamState(expected)).toBe(state);
  });

  it('maps 0-based revisions back to 1-based versions, an absent stream to 0', () => {
    expect(toVersion(NO_STREAM)).toBe(0);
    expect(toVersion(0n)).toBe(1);
    expect(toVersion(41n)).toBe(42);
  });

  it('turns a wrong expected version into the port conflict error with our version numbers', () => {
    const error = toConflictError('test.stream-1', 3, 4n);
    expect(error).toBeInstanceOf(ExpectedVersionConflictError);
    expect(error).toMatchObject({ streamId: 'test.stream-1', expected: 3, actual: 5 });
  });

  it('encodes commit and prepare positions into one bigint and back', () => {
    const positions = [
      { commit: 0n, prepare: 0n },
      { commit: 1234n, prepare: 1234n },
      { commit: 1234n, prepare: 1500n },
      { commit: 2n ** 40n, prepare: 2n ** 40n + 2n ** 24n - 1n },
    ];
    for (const position of positions) expect(decodePosition(encodePosition(position))).toEqual(position);
  });

  it('keeps the $all order (commit, then prepare) in the encoded positions', () => {
    const ordered = [
      { commit: 100n, prepare: 100n },
      { commit: 100n, prepare: 180n },
      { commit: 101n, prepare: 101n },
      { commit: 5000n, prepare: 5000n },
    ].map(encodePosition);
    expect([...ordered].sort((left, right) => (left < right ? -1 : 1))).toEqual(ordered);
    expect(new Set(ordered).size).toBe(ordered.length);
  });

  it('refuses a position whose prepare lies outside the encodable offset', () => {
    expect(() => encodePosition({ commit: 10n, prepare: 9n })).toThrow(/does not fit/);
    expect(() => encodePosition({ commit: 0n, prepare: 2n ** 24n })).toThrow(/does not fit/);
  });

  it('round-trips an event through KurrentDB event data and a recorded event', () => {
    const event = buildNewEvent({ data: { nested: [1, 'a'] } });
    const data = toEventData(event);
    const envelope = toEnvelope({
      id: data.id,
      streamId: 'test.stream-1',
      revision: 2n,
      type: data.type,
      data: data.data,
      metadata: data.metadata,
      position: { commit: 7n, prepare: 9n },
    });
    expect(envelope).toEqual({
      ...event,
      streamId: 'test.stream-1',
      streamVersion: 3,
      globalPosition: encodePosition({ commit: 7n, prepare: 9n }),
    });
  });

  it('rejects event data KurrentDB cannot store as a JSON document', () => {
    expect(() => toEventData(buildNewEvent({ data: 'text' }))).toThrow(
      expect.objectContaining({ code: 'EVENT_STORE.UNSUPPORTED_DATA' }) as Error,
    );
  });

  it('rejects a recorded event without the envelope metadata', () => {
    const recorded = { id: 'e', streamId: 's', revision: 0n, type: 't', data: {}, metadata: { actor: 'a' } };
    expect(() => toEnvelope(recorded)).toThrow(/schemaVersion|tenantId/);
  });

  it('tells system events and streams apart from ours', () => {
    expect(isSystemEvent({ streamId: '$stats-127.0.0.1', type: 'anything' })).toBe(true);
    expect(isSystemEvent({ streamId: 'customer.customer-1', type: '$metadata' })).toBe(true);
    expect(isSystemEvent({ streamId: 'customer.customer-1', type: 'customer.CustomerRegistered' })).toBe(
      false,
    );
  });
});
