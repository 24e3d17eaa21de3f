import { DomainError, type DomainErrorKind } from '@crm/core';

/** Stable error codes of the campaign aggregate: clients and problem+json `type` URIs rely on them. */
export type CampaignErrorCode =
  | 'CAMPAIGN.NOT_FOUND'
  | 'CAMPAIGN.ALREADY_CREATED'
  | 'CAMPAIGN.ALREADY_LAUNCHED'
  | 'CAMPAIGN.NOT_LAUNCHED'
  | 'CAMPAIGN.ALREADY_COMPLETED'
  | 'CAMPAIGN.INVALID_NAME'
  | 'CAMPAIGN.INVALID_BUDGET'
  | 'CAMPAIGN.INVALID_PERIOD'
  | 'CAMPAIGN.INVALID_TARGET_SEGMENT'
  | 'CAMPAIGN.INVALID_OCCURRED_AT'
  | 'CAMPAIGN.RESPONSE_IN_FUTURE'
  | 'CAMPAIGN.RESPONSE_BEFORE_LAUNCH'
  | 'CAMPAIGN.AMBIGUOUS_RESPONDENT';

// Lifecycle violations are conflicts with the campaign's current state (409); a period that ends
// before it starts is well-formed but unprocessable (422); malformed values are 400.
const KIND_BY_CODE: Readonly<Record<CampaignErrorCode, DomainErrorKind>> = {
  'CAMPAIGN.NOT_FOUND': 'not-found',
  'CAMPAIGN.ALREADY_CREATED': 'conflict',
  'CAMPAIGN.ALREADY_LAUNCHED': 'conflict',
  'CAMPAIGN.NOT_LAUNCHED': 'conflict',
  'CAMPAIGN.ALREADY_COMPLETED': 'conflict',
  'CAMPAIGN.INVALID_NAME': 'validation',
  'CAMPAIGN.INVALID_BUDGET': 'validation',
  'CAMPAIGN.INVALID_PERIOD': 'illegal-state',
  'CAMPAIGN.INVALID_TARGET_SEGMENT': 'validation',
  'CAMPAIGN.INVALID_OCCURRED_AT': 'validation',
  'CAMPAIGN.RESPONSE_IN_FUTURE': 'validation',
  'CAMPAIGN.RESPONSE_BEFORE_LAUNCH': 'illegal-state',
  'CAMPAIGN.AMBIGUOUS_RESPONDENT': 'validation',
};

/** A broken campaign rule; the kind follows from the code. `field` names the offending input, if any. */
export class CampaignError extends DomainError {
  constructor(
    override readonly code: CampaignErrorCode,
    message: string,
    field?: string,
  ) {
    super(code, KIND_BY_CODE[code], message, field === undefined ? [] : [{ field, message }]);
    this.name = 'CampaignError';
  }
}
