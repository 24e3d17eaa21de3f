import { DomainError } from '@crm/core';
import type { ExpectedVersion } from './event-store.port';

/** The stream was not in the expected state: someone else wrote first, or the stream (does not) exist. */
export class ExpectedVersionConflictError extends DomainError {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(
      'EVENT_STORE.VERSION_CONFLICT',
      'conflict',
      `Stream ${streamId} is at version ${actual}, expected ${String(expected)}`,
    );
    this.name = 'ExpectedVersionConflictError';
  }
}

/**
 * The caller loaded the aggregate at one version (If-Match) but the stream is now at another: the
 * precondition failed before any decision was taken (HTTP 412, unlike the append-time race, 409).
 */
export class StreamVersionMismatchError extends DomainError {
  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(
      'EVENT_STORE.VERSION_MISMATCH',
      'precondition-failed',
      `Stream ${streamId} is at version ${actual}, the request expected ${expected}`,
    );
    this.name = 'StreamVersionMismatchError';
  }
}
