import { ReadModelBehindError } from '@crm/core';
import { CaseError } from '../domain';

export class CaseReadModelBehindError extends ReadModelBehindError {
  constructor(minVersion: number, retryAfterSeconds: number) {
    super(
      'CASE.READ_MODEL_BEHIND',
      minVersion,
      retryAfterSeconds,
      `The case read model has not reached version ${minVersion} yet; retry shortly`,
    );
  }
}

export function caseNotFound(caseId: string): CaseError {
  return new CaseError('CASE.NOT_FOUND', `Case ${caseId} does not exist`);
}
