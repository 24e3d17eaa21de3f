import type { EventEnvelope } from '@crm/contracts';
import {
  applyWithGuard,
  documentIdFor,
  partitionOf,
  type Projection,
  type ReadModelDocument,
} from '@crm/read-models';

/** An event for a projection spec: type, stream and data; the rest of the envelope gets defaults. */
export type ProjectionSpecEvent = Pick<EventEnvelope, 'type' | 'streamId' | 'data'> & Partial<EventEnvelope>;

export interface ExpectedDocument<T> {
  readonly id: string;
  /** Defaults to the spec's default tenant. */
  readonly tenantId?: string;
  readonly data: T;
}

export interface ProjectionSpecGiven<T> {
  /** Asserts the collection holds exactly these documents, after each event was delivered twice. */
  then(expected: readonly ExpectedDocument<T>[]): void;
}

export const PROJECTION_SPEC_TENANT = 'tenant-spec';

/**
 * Emmett-style projection spec: runs the events through the runner's real guard (`applyWithGuard`)
 * three ways (once; each event twice in a row; the whole sequence replayed after the first pass) and
 * asserts all three end in the same documents and that those are the expected ones.
 */
export function projectionSpec<T>(projection: Projection<T>): {
  given(...events: ProjectionSpecEvent[]): ProjectionSpecGiven<T>;
} {
  return {
    given: (...events) => ({
      then: (expected) => {
        const envelopes = completeEnvelopes(events);
        const once = project(projection, envelopes);
        const eachTwice = project(
          projection,
          envelopes.flatMap((event) => [event, event]),
        );
        const replayed = project(projection, [...envelopes, ...envelopes]);
        expect(eachTwice).toEqual(once);
        expect(replayed).toEqual(once);
        const actual = once.map(({ id, tenantId, data }) => ({ id, tenantId, data }));
        const wanted = expected.map(({ id, tenantId, data }) => ({
          id,
          tenantId: tenantId ?? PROJECTION_SPEC_TENANT,
          data,
        }));
        expect(actual).toEqual([...wanted].sort(byKey));
      },
    }),
  };
}

function project<T>(projection: Projection<T>, events: readonly EventEnvelope[]): ReadModelDocument<T>[] {
  const documents = new Map<string, ReadModelDocument<T>>();
  for (const event of events) {
    const documentId = documentIdFor(projection, event);
    if (documentId === null) continue;
    const key = JSON.stringify([partitionOf(projection, event), documentId]);
    const current = documents.get(key) ?? null;
    const write = applyWithGuard(projection, event, documentId, current);
    if (write) documents.set(key, { ...structuredClone(write), revision: (current?.revision ?? 0) + 1 });
  }
  return [...documents.values()].sort(byKey);
}

function byKey(left: { id: string; tenantId?: string }, right: { id: string; tenantId?: string }): number {
  const leftKey = `${left.tenantId ?? PROJECTION_SPEC_TENANT}\u0000${left.id}`;
  const rightKey = `${right.tenantId ?? PROJECTION_SPEC_TENANT}\u0000${right.id}`;
  return leftKey < rightKey ? -1 : leftKey > rightKey ? 1 : 0;
}

function completeEnvelopes(events: readonly ProjectionSpecEvent[]): EventEnvelope[] {
  const versions = new Map<string, number>();
  return events.map((event, index) => {
    const streamVersion = event.streamVersion ?? (versions.get(event.streamId) ?? 0) + 1;
    versions.set(event.streamId, streamVersion);
    return {
      id: `event-${index + 1}`,
      schemaVersion: 1,
      globalPosition: BigInt(index + 1),
      tenantId: PROJECTION_SPEC_TENANT,
      occurredAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString(),
      actor: 'user-spec',
      correlationId: `correlation-${index + 1}`,
      causationId: `causation-${index + 1}`,
      ...event,
      streamVersion,
    };
  });
}
