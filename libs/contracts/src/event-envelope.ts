/** The envelope of every stored and published event (design.md section 5). */
export interface EventEnvelope<Type extends string = string, Data = unknown> {
  /** UUID; the idempotency key of an append. */
  readonly id: string;
  /** `<context>.<EventName>`, e.g. `customer.CustomerRegistered`. */
  readonly type: Type;
  readonly schemaVersion: number;
  /** `<context>.<aggregate>-<id>`. */
  readonly streamId: string;
  /** 1-based, gap-free within a stream. */
  readonly streamVersion: number;
  /** Position in the store's global log, strictly increasing in the order a tailing reader sees events. */
  readonly globalPosition: bigint;
  readonly tenantId: string;
  /** ISO-8601 UTC, from the command. */
  readonly occurredAt: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly data: Data;
}

/** What a writer hands to the store: the envelope without the positions the store assigns. */
export type NewEvent<Type extends string = string, Data = unknown> = Omit<
  EventEnvelope<Type, Data>,
  'streamId' | 'streamVersion' | 'globalPosition'
>;

/** Who asked, on whose behalf, and why: carried from the edge into every event's envelope. */
export interface CommandMetadata {
  readonly tenantId: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string;
}
