export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export type IdempotencyClaim =
  | { readonly outcome: 'claimed' }
  | { readonly outcome: 'in-progress'; readonly requestHash: string }
  | { readonly outcome: 'completed'; readonly requestHash: string; readonly response: StoredResponse };

/** How long a key is remembered: a retry after this runs again. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Port: the responses of POSTs remembered by (tenant, Idempotency-Key). The composition root provides an
 * adapter for this abstract class (it doubles as the Nest injection token).
 */
export abstract class IdempotencyRecords {
  /** Atomically claims the key for this request, or reports who holds it. */
  abstract claim(tenantId: string, key: string, requestHash: string, now: number): IdempotencyClaim;

  /** The request succeeded: keep its response for replays. */
  abstract complete(tenantId: string, key: string, response: StoredResponse): void;

  /** The request failed: forget the key so the client may retry. */
  abstract release(tenantId: string, key: string): void;
}
