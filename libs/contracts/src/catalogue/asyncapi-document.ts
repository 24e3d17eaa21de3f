import { INTEGRATION_TOPICS, payloadTypeName, type IntegrationTopic } from './integration-event-catalogue';

export type JsonSchema = Readonly<Record<string, unknown>>;

const envelopeProperties = {
  id: { type: 'string', format: 'uuid', description: 'Unique per event; consumers deduplicate on it.' },
  schemaVersion: { type: 'integer', minimum: 1 },
  streamId: { type: 'string', description: '`<context>.<aggregate>-<id>`; also the record key.' },
  streamVersion: { type: 'integer', minimum: 1, description: '1-based, gap-free within the stream.' },
  globalPosition: { type: 'string', pattern: '^[0-9]+$', description: "Position in the source store's log." },
  tenantId: { type: 'string' },
  occurredAt: { type: 'string', format: 'date-time' },
  actor: { type: 'string', description: 'The user or system that caused the event.' },
  correlationId: { type: 'string' },
  causationId: { type: 'string' },
} as const;

const headersSchema = {
  type: 'object',
  description: 'The envelope ids repeated as UTF-8 headers, so a consumer can route without parsing.',
  properties: {
    id: { type: 'string' },
    type: { type: 'string' },
    tenantId: { type: 'string' },
    correlationId: { type: 'string' },
    causationId: { type: 'string' },
    schemaVersion: { type: 'string' },
  },
  required: ['id', 'type', 'tenantId', 'correlationId', 'causationId', 'schemaVersion'],
} as const;

/**
 * The AsyncAPI 3 document of every topic the platform publishes, built from the catalogue and the
 * payload schemas generated from the `@crm/contracts` interfaces. Served at `/api/docs/asyncapi.json`
 * and committed as `docs/asyncapi.json`.
 */
export function buildAsyncApiDocument(
  schemas: Readonly<Record<string, JsonSchema>>,
): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const payloads: Record<string, unknown> = { EnvelopeHeaders: headersSchema };
  for (const topic of INTEGRATION_TOPICS) {
    const channelId = `${topic.context}Events`;
    const names = topic.events.map((event) => payloadTypeName(event.type));
    channels[channelId] = channelOf(topic, names);
    operations[`publish${capitalised(channelId)}`] = {
      action: 'send',
      title: `The ${topic.context} context publishes`,
      summary:
        'At least once, in store order per key; deduplicate on the envelope id. Keyed by streamId, except ' +
        "order events, keyed by customerId so that one customer's orders stay in order.",
      channel: { $ref: `#/channels/${channelId}` },
      messages: names.map((name) => ({ $ref: `#/channels/${channelId}/messages/${name}` })),
    };
    for (const event of topic.events) {
      const name = payloadTypeName(event.type);
      const schema = schemas[event.type];
      if (schema === undefined) throw new Error(`No payload schema for ${event.type}`);
      payloads[name] = schema;
      messages[name] = messageOf(event.type, event.summary, name);
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'CRM platform integration events',
      version: '1',
      description:
        'Versioned integration events on Kafka, one topic per context (`crm.<context>.events.v1`). A breaking ' +
        'change is a new event type (`...v2`) beside the old one. Consumer groups that give up on a record ' +
        'after bounded retries move it to `<topic>.dlq` with the error in headers.',
    },
    defaultContentType: 'application/json',
    servers: {
      kafka: {
        host: 'localhost:9092',
        protocol: 'kafka',
        description: 'The broker of CRM_KAFKA_BROKERS (docker-compose and Kubernetes set their own).',
      },
    },
    channels,
    operations,
    components: { messages, schemas: payloads },
  };
}

function channelOf(topic: IntegrationTopic, names: readonly string[]): Record<string, unknown> {
  return {
    address: topic.topic,
    title: topic.topic,
    description: topic.description,
    messages: Object.fromEntries(names.map((name) => [name, { $ref: `#/components/messages/${name}` }])),
  };
}

function messageOf(type: string, summary: string, name: string): Record<string, unknown> {
  return {
    name: type,
    title: name,
    summary,
    contentType: 'application/json',
    headers: { $ref: '#/components/schemas/EnvelopeHeaders' },
    payload: {
      type: 'object',
      properties: {
        ...envelopeProperties,
        type: { type: 'string', const: type },
        data: { $ref: `#/components/schemas/${name}` },
      },
      required: ['id', 'type', 'schemaVersion', 'streamId', 'streamVersion', 'globalPosition', 'tenantId'],
    },
    bindings: {
      kafka: {
        key: { type: 'string', description: 'The streamId of the event; the customerId for order events.' },
        bindingVersion: '0.5.0',
      },
    },
  };
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
