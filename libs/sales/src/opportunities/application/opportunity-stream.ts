import { streamIdOf } from '@crm/event-store';

/** `sales.opportunity-<uuid>`: one stream per opportunity. */
export function opportunityStreamId(opportunityId: string): string {
  return streamIdOf('sales', 'opportunity', opportunityId);
}
