import { DomainError, type DomainErrorKind, type FieldProblem } from '@crm/core';

/** Stable error codes of the sales context: clients and problem+json `type` URIs rely on them. */
export type SalesErrorCode =
  | 'SALES.INVALID_AMOUNT'
  | 'SALES.INVALID_CURRENCY'
  | 'SALES.INVALID_TEXT'
  | 'SALES.INVALID_INSTANT'
  | 'PRODUCT.NOT_FOUND'
  | 'PRODUCT.SKU_TAKEN'
  | 'PRODUCT.INVALID_SKU'
  | 'OPPORTUNITY.NOT_FOUND'
  | 'OPPORTUNITY.ALREADY_OPENED'
  | 'OPPORTUNITY.ALREADY_CLOSED'
  | 'OPPORTUNITY.INVALID_STAGE'
  | 'OPPORTUNITY.INVALID_PROBABILITY'
  | 'OPPORTUNITY.INVALID_CLOSE_DATE'
  | 'OPPORTUNITY.REASON_REQUIRED'
  | 'ORDER.NOT_FOUND'
  | 'ORDER.ALREADY_PLACED'
  | 'ORDER.ILLEGAL_TRANSITION'
  | 'ORDER.NO_LINES'
  | 'ORDER.INVALID_QUANTITY'
  | 'ORDER.CURRENCY_MISMATCH'
  | 'ORDER.UNKNOWN_SKU'
  | 'ORDER.PRODUCT_INACTIVE'
  | 'ORDER.ORDERED_IN_FUTURE'
  | 'SALES_TARGET.NOT_FOUND'
  | 'SALES_TARGET.ALREADY_SET'
  | 'SALES_TARGET.INVALID_PERIOD'
  | 'SALES_TARGET.INVALID_OWNER'
  | 'TASK.NOT_FOUND'
  | 'TASK.ALREADY_CREATED'
  | 'TASK.ALREADY_DONE'
  | 'TASK.INVALID_DUE_DATE';

const KIND_BY_CODE: Readonly<Record<SalesErrorCode, DomainErrorKind>> = {
  'SALES.INVALID_AMOUNT': 'validation',
  'SALES.INVALID_CURRENCY': 'validation',
  'SALES.INVALID_TEXT': 'validation',
  'SALES.INVALID_INSTANT': 'validation',
  'PRODUCT.NOT_FOUND': 'not-found',
  'PRODUCT.SKU_TAKEN': 'conflict',
  'PRODUCT.INVALID_SKU': 'validation',
  'OPPORTUNITY.NOT_FOUND': 'not-found',
  'OPPORTUNITY.ALREADY_OPENED': 'conflict',
  'OPPORTUNITY.ALREADY_CLOSED': 'illegal-state',
  'OPPORTUNITY.INVALID_STAGE': 'validation',
  'OPPORTUNITY.INVALID_PROBABILITY': 'validation',
  'OPPORTUNITY.INVALID_CLOSE_DATE': 'validation',
  'OPPORTUNITY.REASON_REQUIRED': 'validation',
  'ORDER.NOT_FOUND': 'not-found',
  'ORDER.ALREADY_PLACED': 'conflict',
  'ORDER.ILLEGAL_TRANSITION': 'illegal-state',
  'ORDER.NO_LINES': 'validation',
  'ORDER.INVALID_QUANTITY': 'validation',
  // The request is well-formed but does not fit the catalogue or the order: 422.
  'ORDER.CURRENCY_MISMATCH': 'illegal-state',
  'ORDER.UNKNOWN_SKU': 'illegal-state',
  'ORDER.PRODUCT_INACTIVE': 'illegal-state',
  'ORDER.ORDERED_IN_FUTURE': 'validation',
  'SALES_TARGET.NOT_FOUND': 'not-found',
  'SALES_TARGET.ALREADY_SET': 'conflict',
  'SALES_TARGET.INVALID_PERIOD': 'validation',
  'SALES_TARGET.INVALID_OWNER': 'validation',
  'TASK.NOT_FOUND': 'not-found',
  'TASK.ALREADY_CREATED': 'conflict',
  'TASK.ALREADY_DONE': 'illegal-state',
  'TASK.INVALID_DUE_DATE': 'validation',
};

/**
 * A broken sales rule; the kind follows from the code. `field` names the offending input, if any, or
 * lists every offending input with its own message (all unknown SKUs of an order at once).
 */
export class SalesError extends DomainError {
  constructor(
    override readonly code: SalesErrorCode,
    message: string,
    field?: string | readonly FieldProblem[],
  ) {
    super(
      code,
      KIND_BY_CODE[code],
      message,
      typeof field === 'string' ? [{ field, message }] : (field ?? []),
    );
    this.name = 'SalesError';
  }
}
