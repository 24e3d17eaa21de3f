import { ReadModelBehindError } from '@crm/core';

export class MarketingReadModelBehindError extends ReadModelBehindError {
  constructor(minVersion: number, retryAfterSeconds = 1) {
    super(
      'MARKETING.READ_MODEL_BEHIND',
      minVersion,
      retryAfterSeconds,
      `The marketing read model has not reached version ${minVersion} yet; retry shortly`,
    );
  }
}
