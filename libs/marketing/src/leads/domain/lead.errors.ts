import { DomainError, type DomainErrorKind } from '@crm/core';

/** Stable error codes of the lead aggregate: clients and problem+json `type` URIs rely on them. */
export type LeadErrorCode =
  | 'LEAD.NOT_FOUND'
  | 'LEAD.ALREADY_CAPTURED'
  | 'LEAD.ALREADY_QUALIFIED'
  | 'LEAD.NOT_QUALIFIED'
  | 'LEAD.DISQUALIFIED'
  | 'LEAD.ALREADY_CONVERTED'
  | 'LEAD.UNKNOWN_CAMPAIGN'
  | 'LEAD.INVALID_NAME'
  | 'LEAD.INVALID_EMAIL'
  | 'LEAD.INVALID_PHONE'
  | 'LEAD.INVALID_TEXT';

// Lifecycle violations are conflicts with the lead's current state (409).
const KIND_BY_CODE: Readonly<Record<LeadErrorCode, DomainErrorKind>> = {
  'LEAD.NOT_FOUND': 'not-found',
  'LEAD.ALREADY_CAPTURED': 'conflict',
  'LEAD.ALREADY_QUALIFIED': 'conflict',
  'LEAD.NOT_QUALIFIED': 'conflict',
  'LEAD.DISQUALIFIED': 'conflict',
  'LEAD.ALREADY_CONVERTED': 'conflict',
  'LEAD.UNKNOWN_CAMPAIGN': 'illegal-state',
  'LEAD.INVALID_NAME': 'validation',
  'LEAD.INVALID_EMAIL': 'validation',
  'LEAD.INVALID_PHONE': 'validation',
  'LEAD.INVALID_TEXT': 'validation',
};

/** A broken lead rule; the kind follows from the code. `field` names the offending input, if any. */
export class LeadError extends DomainError {
  constructor(
    override readonly code: LeadErrorCode,
    message: string,
    field?: string,
  ) {
    super(code, KIND_BY_CODE[code], message, field === undefined ? [] : [{ field, message }]);
    this.name = 'LeadError';
  }
}
