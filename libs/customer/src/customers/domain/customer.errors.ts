import { DomainError, type DomainErrorKind } from '@crm/core';

/** Stable error codes of the customer context: clients and problem+json `type` URIs rely on them. */
export type CustomerErrorCode =
  | 'CUSTOMER.NOT_FOUND'
  | 'CUSTOMER.ALREADY_REGISTERED'
  | 'CUSTOMER.ARCHIVED'
  | 'CUSTOMER.MERGED'
  | 'CUSTOMER.CANNOT_MERGE_INTO_ITSELF'
  | 'CUSTOMER.PERSON_HAS_NO_CONTACTS'
  | 'CUSTOMER.DUPLICATE_CONTACT'
  | 'CUSTOMER.INVALID_NAME'
  | 'CUSTOMER.INVALID_EMAIL'
  | 'CUSTOMER.INVALID_PHONE'
  | 'CUSTOMER.INVALID_ADDRESS'
  | 'CUSTOMER.INVALID_TAGS'
  | 'CUSTOMER.INVALID_TEXT'
  | 'CUSTOMER.INVALID_OCCURRED_AT'
  | 'CUSTOMER.INTERACTION_IN_FUTURE';

const KIND_BY_CODE: Readonly<Record<CustomerErrorCode, DomainErrorKind>> = {
  'CUSTOMER.NOT_FOUND': 'not-found',
  'CUSTOMER.ALREADY_REGISTERED': 'conflict',
  'CUSTOMER.ARCHIVED': 'illegal-state',
  'CUSTOMER.MERGED': 'illegal-state',
  'CUSTOMER.CANNOT_MERGE_INTO_ITSELF': 'validation',
  'CUSTOMER.PERSON_HAS_NO_CONTACTS': 'illegal-state',
  'CUSTOMER.DUPLICATE_CONTACT': 'conflict',
  'CUSTOMER.INVALID_NAME': 'validation',
  'CUSTOMER.INVALID_EMAIL': 'validation',
  'CUSTOMER.INVALID_PHONE': 'validation',
  'CUSTOMER.INVALID_ADDRESS': 'validation',
  'CUSTOMER.INVALID_TAGS': 'validation',
  'CUSTOMER.INVALID_TEXT': 'validation',
  'CUSTOMER.INVALID_OCCURRED_AT': 'validation',
  'CUSTOMER.INTERACTION_IN_FUTURE': 'validation',
};

/** A broken customer rule; the kind follows from the code. `field` names the offending input, if any. */
export class CustomerError extends DomainError {
  constructor(
    override readonly code: CustomerErrorCode,
    message: string,
    field?: string,
  ) {
    super(code, KIND_BY_CODE[code], message, field === undefined ? [] : [{ field, message }]);
    this.name = 'CustomerError';
  }
}
