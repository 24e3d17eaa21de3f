import { ReadModelBehindError } from '@crm/core';
export class SalesReadModelBehindError extends ReadModelBehindError {
  constructor(minVersion: number, retryAfterSeconds: number) {
    super(
      'SALES.READ_MODEL_BEHIND',
      minVersion,
      retryAfterSeconds,
      `The sales read model has not reached version ${minVersion} yet; retry shortly`,
    );
  }
}
