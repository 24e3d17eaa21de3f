import type { EventEnvelope } from '@crm/contracts';

/** The columns every read selects, in the shape `toEnvelope` expects. */
export const eventColumns = `log_position::text AS log_position, id::text AS id, stream_id, stream_version,
  type, schema_version, tenant_id, occurred_at, actor, correlation_id, causation_id, data`;

export interface EventRow {
  readonly log_position: string;
  readonly id: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly type: string;
  readonly schema_version: number;
  readonly tenant_id: string;
  readonly occurred_at: Date;
  readonly actor: string;
  readonly correlation_id: string;
  readonly causation_id: string;
  readonly data: unknown;
}

export function toEnvelope(row: EventRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: BigInt(row.log_position),
    tenantId: row.tenant_id,
    occurredAt: row.occurred_at.toISOString(),
    actor: row.actor,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    data: row.data,
  };
}
