import { v5 as uuidV5, v7 as uuidV7 } from 'uuid';

/**
 * The id of a new stream, event or entity: a UUIDv7 (RFC 9562), whose leading 48 bits are the
 * creation time in milliseconds. Ids minted one after another sort one after another, so every
 * B-tree keyed by them (the event id index, a read model's primary key) grows at its right edge
 * instead of touching a random page per insert: SQLite appends took 1.7x less CPU than with random
 * v4 ids (decision 0022). The time they reveal is the creation time every record already shows.
 */
export function newId(): string {
  return uuidV7();
}

/**
 * The id of something a name already identifies (a tenant's SKU, an imported record's external
 * reference): a UUIDv5 (RFC 9562) of the name under a fixed namespace. The same name always gives the
 * same id, so a stream created under it with `no-stream` is a reservation the store enforces
 * atomically: a second creation, concurrent or re-run, cannot succeed.
 */
export function nameBasedId(namespace: string, ...parts: readonly string[]): string {
  return uuidV5(parts.join('\u0000'), namespace);
}
