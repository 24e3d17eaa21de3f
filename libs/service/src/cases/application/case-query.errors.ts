import { CaseError } from '../domain';

/** The read model has not caught up with the version the caller asked for within the wait budget. */
export class CaseReadModelBehindError extends Error {
  readonly code = 'CASE.READ_MODEL_BEHIND';

  constructor(
    readonly minVersion: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`The case read model has not reached version ${minVersion} yet; retry shortly`);
    this.name = 'CaseReadModelBehindError';
  }
}

export function caseNotFound(caseId: string): CaseError {
  return new CaseError('CASE.NOT_FOUND', `Case ${caseId} does not exist`);
}
