import { streamIdOf } from '@crm/event-store';

/** `service.case-<uuid>`: one stream per case. */
export function caseStreamId(caseId: string): string {
  return streamIdOf('service', 'case', caseId);
}
