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
