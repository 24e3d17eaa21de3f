/** The read model has not caught up with the version the caller asked for within the wait budget. */
export class SalesReadModelBehindError extends Error {
  readonly code = 'SALES.READ_MODEL_BEHIND';

  constructor(
    readonly minVersion: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`The sales read model has not reached version ${minVersion} yet; retry shortly`);
    this.name = 'SalesReadModelBehindError';
  }
}
