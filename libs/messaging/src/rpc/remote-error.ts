import type { RemoteErrorPayload } from '@crm/contracts';
import { DomainError, type DomainErrorKind, ReadModelBehindError } from '@crm/core';

const DOMAIN_KINDS: ReadonlySet<string> = new Set<DomainErrorKind>([
  'validation',
  'unauthenticated',
  'forbidden',
  'not-found',
  'illegal-state',
  'conflict',
  'precondition-failed',
  'unavailable',
]);

/** The service side: a thrown error as it crosses the transport. Unexpected errors keep no detail. */
export function toRemoteError(error: unknown): RemoteErrorPayload {
  if (error instanceof ReadModelBehindError)
    return {
      code: error.code,
      kind: 'read-model-behind',
      message: error.message,
      retryAfterSeconds: error.retryAfterSeconds,
      fields: [{ field: 'minVersion', message: String(error.minVersion) }],
    };
  if (error instanceof DomainError)
    return { code: error.code, kind: error.kind, message: error.message, fields: error.fields };
  return { code: 'INTERNAL', kind: 'internal', message: 'The service failed unexpectedly.' };
}

/** The caller side: the same typed error again, so the HTTP edge maps it exactly as in standalone mode. */
export function fromRemoteError(payload: unknown): Error {
  if (!isRemoteError(payload)) return new Error('Unexpected error from a remote service');
  if (payload.kind === 'read-model-behind')
    return new ReadModelBehindError(
      payload.code,
      Number(payload.fields?.[0]?.message ?? 0),
      payload.retryAfterSeconds ?? 1,
      payload.message,
    );
  if (DOMAIN_KINDS.has(payload.kind))
    return new DomainError(
      payload.code,
      payload.kind as DomainErrorKind,
      payload.message,
      payload.fields ?? [],
    );
  return new Error(`${payload.code}: ${payload.message}`);
}

export function isRemoteError(value: unknown): value is RemoteErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate['code'] === 'string' &&
    typeof candidate['kind'] === 'string' &&
    typeof candidate['message'] === 'string'
  );
}
