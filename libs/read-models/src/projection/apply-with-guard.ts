import type { EventEnvelope } from '@crm/contracts';
import type { DocumentWrite, ReadModelDocument } from '../document-store.port';
import type { Projection } from './projection';

/** Key under which a document remembers the global position when the projection uses the global guard. */
export const GLOBAL_GUARD_KEY = '$all';

/** The document an event updates, or null when the projection ignores the event. */
export function documentIdFor<T>(projection: Projection<T>, event: EventEnvelope): string | null {
  if (!projection.handles.includes(event.type)) return null;
  return projection.documentId(event);
}

/** The tenant partition the document of this event lives in. */
export function partitionOf<T>(projection: Projection<T>, event: EventEnvelope): string {
  return projection.partitionOf?.(event) ?? event.tenantId;
}

/**
 * The position guard and the projection together, without I/O: what to write for this event, or null
 * when the document has already seen it (a duplicate or replay) or the projection leaves it unchanged.
 */
export function applyWithGuard<T>(
  projection: Projection<T>,
  event: EventEnvelope,
  documentId: string,
  current: ReadModelDocument<T> | null,
): DocumentWrite<T> | null {
  const [key, position] =
    projection.guard === 'global'
      ? [GLOBAL_GUARD_KEY, Number(event.globalPosition)]
      : [event.streamId, event.streamVersion];
  if ((current?.positions[key] ?? 0) >= position) return null;
  const data = projection.apply(current?.data ?? null, event);
  if (data === null) return null;
  return {
    id: documentId,
    tenantId: partitionOf(projection, event),
    positions: { ...current?.positions, [key]: position },
    data,
  };
}
