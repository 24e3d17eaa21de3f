import type { EventEnvelope } from '@crm/contracts';
import type { Message } from '../message';

/** What a context publishes for one of its domain events: the versioned integration event. */
export interface IntegrationMessage {
  /** e.g. `customer.CustomerRegistered.v1`. */
  readonly type: string;
  readonly schemaVersion: number;
  /** JSON-serialisable; never personal data the contract does not promise. */
  readonly data: unknown;
  /**
   * The message key when the unit of order is wider than the event's stream: all of a customer's
   * orders in one partition, in the order they were stored, lets a per-customer document guard on one
   * global position instead of remembering every order (decision 0026). Defaults to the stream id.
   */
  readonly key?: string;
}

/** A context's publishing policy: the integration message for a domain event, or null to keep it internal. */
export type IntegrationEventMapper = (event: EventEnvelope) => IntegrationMessage | null;

/** Keyed by stream (so one aggregate's events stay in order) or as the mapper says, envelope ids repeated in headers. */
export function toMessage(event: EventEnvelope, integration: IntegrationMessage): Message {
  return {
    key: integration.key ?? event.streamId,
    headers: {
      id: event.id,
      type: integration.type,
      tenantId: event.tenantId,
      correlationId: event.correlationId,
      causationId: event.causationId,
      schemaVersion: String(integration.schemaVersion),
    },
    value: {
      id: event.id,
      type: integration.type,
      schemaVersion: integration.schemaVersion,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      globalPosition: event.globalPosition.toString(),
      tenantId: event.tenantId,
      occurredAt: event.occurredAt,
      actor: event.actor,
      correlationId: event.correlationId,
      causationId: event.causationId,
      data: integration.data,
    },
  };
}
