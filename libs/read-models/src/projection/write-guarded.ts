import type { EventEnvelope } from '@crm/contracts';
import type { DocumentCollection } from '../document-store.port';
import { applyWithGuard, partitionOf } from './apply-with-guard';
import type { Projection } from './projection';

export const DEFAULT_MAX_WRITE_ATTEMPTS = 20;

/**
 * Applies one event to one document with a conditional write. A lost write means a concurrent writer
 * (another replica, a rebuild, another consumer of the same document) got there first: re-read and let
 * the position guard decide again.
 */
export async function writeGuarded<T>(
  collection: DocumentCollection<T>,
  projection: Projection<T>,
  event: EventEnvelope,
  documentId: string,
  attempts = DEFAULT_MAX_WRITE_ATTEMPTS,
): Promise<void> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const current = await collection.get(partitionOf(projection, event), documentId);
    const write = applyWithGuard(projection, event, documentId, current);
    if (write === null) return;
    if (await collection.put(write, current?.revision ?? 0)) return;
  }
  throw new Error(`Projection ${projection.name} lost ${attempts} writes in a row on document ${documentId}`);
}
