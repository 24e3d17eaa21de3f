import { PredictionInputError } from '@crm/analytics';
import { DomainError, type DomainErrorKind } from '@crm/core';

/** A request the analytics cannot answer as asked; `code` is `ANALYTICS.<reason>`. */
export class AnalyticsError extends DomainError {
  constructor(reason: string, kind: DomainErrorKind, message: string) {
    super(`ANALYTICS.${reason}`, kind, message);
    this.name = 'AnalyticsError';
  }
}

/**
 * Runs an algorithm whose input came from a request: its range and input errors are the caller's
 * (400 problem+json), never a 500.
 */
export function withInputErrorsAsValidation<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError || error instanceof PredictionInputError) {
      throw new AnalyticsError('INVALID_INPUT', 'validation', error.message);
    }
    throw error;
  }
}
