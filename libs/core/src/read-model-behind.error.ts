/**
 * A read with X-Min-Version whose read model did not reach that version within the wait budget. Each
 * context raises it with its own code (`CUSTOMER.READ_MODEL_BEHIND`); the edge answers 503 with
 * Retry-After, so clients back off and ask again.
 */
export class ReadModelBehindError extends Error {
  constructor(
    readonly code: string,
    readonly minVersion: number,
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
