import type { IntegrationEnvelope, Message } from '../message';
import type { KafkaHeaderValue, KafkaIncomingRecord, KafkaOutgoingRecord } from './kafka-client.port';

/** A Message as a Kafka record: keyed by stream, the envelope as JSON, headers as UTF-8 strings. */
export function toKafkaRecord(message: Message): KafkaOutgoingRecord {
  return { key: message.key, value: JSON.stringify(message.value), headers: { ...message.headers } };
}

/** Thrown for a record that is not one of our messages; it goes to the dead letter topic untouched. */
export class UndecodableRecordError extends Error {
  override readonly name = 'UndecodableRecordError';
}

export function fromKafkaRecord(record: KafkaIncomingRecord): Message {
  if (record.value === null) throw new UndecodableRecordError(`Record ${record.offset} has no value`);
  let value: unknown;
  try {
    value = JSON.parse(record.value.toString('utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UndecodableRecordError(`Record ${record.offset} is not JSON: ${reason}`);
  }
  if (typeof value !== 'object' || value === null || typeof (value as { id?: unknown }).id !== 'string') {
    throw new UndecodableRecordError(`Record ${record.offset} is not an integration envelope`);
  }
  return {
    key: record.key?.toString('utf8') ?? '',
    headers: headersToStrings(record.headers),
    value: value as IntegrationEnvelope,
  };
}

/** A record as received, with extra headers, for the dead letter topic: its bytes stay as they were. */
export function toDeadLetterRecord(
  record: KafkaIncomingRecord,
  extraHeaders: Readonly<Record<string, string>>,
): KafkaOutgoingRecord {
  return {
    key: record.key,
    value: record.value,
    headers: { ...headersToStrings(record.headers), ...extraHeaders },
  };
}

export function headersToStrings(
  headers: Readonly<Record<string, KafkaHeaderValue>> | undefined,
): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    // A repeated header keeps its last value, as a Record can hold only one.
    const value = Array.isArray(raw) ? raw.at(-1) : raw;
    if (value !== undefined) strings[name] = value.toString();
  }
  return strings;
}
