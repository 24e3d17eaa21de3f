import { DomainError, type DomainErrorKind } from '@crm/core';

/** Stable error codes of the service context: clients and problem+json `type` URIs rely on them. */
export type CaseErrorCode =
  | 'CASE.NOT_FOUND'
  | 'CASE.ALREADY_OPENED'
  | 'CASE.CLOSED'
  | 'CASE.NOT_RESOLVED'
  | 'CASE.ALREADY_RESOLVED'
  | 'CASE.NOT_REOPENABLE'
  | 'CASE.TOO_MANY_COMMENTS'
  | 'CASE.INVALID_SATISFACTION'
  | 'CASE.INVALID_TEXT';

// Status-machine violations are 409: the request conflicts with the current state of the case.
const KIND_BY_CODE: Readonly<Record<CaseErrorCode, DomainErrorKind>> = {
  'CASE.NOT_FOUND': 'not-found',
  'CASE.ALREADY_OPENED': 'conflict',
  'CASE.CLOSED': 'conflict',
  'CASE.NOT_RESOLVED': 'conflict',
  'CASE.ALREADY_RESOLVED': 'conflict',
  'CASE.NOT_REOPENABLE': 'conflict',
  'CASE.TOO_MANY_COMMENTS': 'illegal-state',
  // A well-formed integer outside the scale: understood, but not processable (422).
  'CASE.INVALID_SATISFACTION': 'illegal-state',
  'CASE.INVALID_TEXT': 'validation',
};

/** A broken case rule; the kind follows from the code. `field` names the offending input, if any. */
export class CaseError extends DomainError {
  constructor(
    override readonly code: CaseErrorCode,
    message: string,
    field?: string,
  ) {
    super(code, KIND_BY_CODE[code], message, field === undefined ? [] : [{ field, message }]);
    this.name = 'CaseError';
  }
}
