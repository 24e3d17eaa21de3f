import type { EventEnvelope } from '@crm/contracts';

/**
 * The JSON value of every integration message: the domain event's envelope ids with the integration
 * event's own type, schema version and data (design.md section 5). `globalPosition` is a decimal string.
 */
export interface IntegrationEnvelope {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: string;
  readonly tenantId: string;
  readonly occurredAt: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string;
  /** JSON-serialisable payload of the integration event. */
  readonly data: unknown;
}

/** One message on a topic: partitioned by `key`, ordered per key. */
export interface Message {
  readonly key: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly value: IntegrationEnvelope;
}

/** A message as a consumer sees it: where it came from and which delivery attempt this is (1-based). */
export interface ConsumedMessage extends Message {
  readonly topic: string;
  readonly attempt: number;
}

/**
 * The integration event of a message as an envelope (its own type and data, the source event's ids and
 * positions), for projections that consume other contexts' topics.
 */
export function eventOfMessage(message: Message): EventEnvelope {
  return { ...message.value, globalPosition: BigInt(message.value.globalPosition) };
}
