import type { EventEnvelope } from '@crm/contracts';
import type { Projection } from '@crm/read-models';
import { CASE_EVENT_TYPES, caseEventOf, evolveCase } from '../domain';
import { caseStateOf, caseViewOf, type CaseView } from './case-view';

export const CASE_DIRECTORY_COLLECTION = 'service-cases';

/**
 * "Which cases do we have, where do they stand, and are their SLAs met?" One document per case, the
 * same view a command returns: it folds the decider's own `evolve`, so both can never disagree.
 */
export const caseDirectoryProjection: Projection<CaseView> = {
  name: 'service-cases',
  collection: CASE_DIRECTORY_COLLECTION,
  handles: CASE_EVENT_TYPES,
  documentId: (event: EventEnvelope) => caseIdOf(event),
  apply: (current, event) => {
    const caseEvent = caseEventOf(event);
    if (caseEvent === null) return null;
    return caseViewOf(evolveCase(caseStateOf(current, event.tenantId), caseEvent), event.streamVersion);
  },
};

export function caseIdOf(event: EventEnvelope): string | null {
  const data = event.data as { readonly caseId?: unknown };
  return typeof data.caseId === 'string' ? data.caseId : null;
}
