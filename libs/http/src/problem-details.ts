import type { DomainErrorKind, FieldProblem } from '@crm/core';

/** RFC 9457 problem details, with field-level problems for validation errors. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly instance?: string;
  readonly errors?: readonly FieldProblem[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const STATUS_BY_KIND: Readonly<Record<DomainErrorKind, number>> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'illegal-state': 422,
  conflict: 409,
  'precondition-failed': 412,
  unavailable: 503,
};

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function titleOf(status: number): string {
  return TITLES[status] ?? 'Error';
}

/** `type` URIs are stable, derived from the error code: `urn:crm:problem:customer.archived`. */
export function problemTypeOf(code: string): string {
  return `urn:crm:problem:${code.toLowerCase()}`;
}

export function buildProblem(
  status: number,
  code: string,
  detail: string,
  errors?: readonly FieldProblem[],
): ProblemDetails {
  return {
    type: problemTypeOf(code),
    title: titleOf(status),
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}
