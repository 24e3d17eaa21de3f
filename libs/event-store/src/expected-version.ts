import { ExpectedVersionConflictError } from './errors';
import type { ExpectedVersion } from './event-store.port';

/** Throws `ExpectedVersionConflictError` unless a stream at `current` (0 = absent) satisfies `expected`. */
export function assertExpectedVersion(streamId: string, expected: ExpectedVersion, current: number): void {
  if (!satisfies(expected, current)) throw new ExpectedVersionConflictError(streamId, expected, current);
}

function satisfies(expected: ExpectedVersion, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no-stream':
      return current === 0;
    case 'stream-exists':
      return current > 0;
    default:
      return expected === current;
  }
}
