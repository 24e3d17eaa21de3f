import type {
  AssignCase,
  CloseCase,
  CommentOnCase,
  OpenCase,
  RecordSlaBreach,
  ReopenCase,
  ResolveCase,
} from './case.commands';
import type { CaseEvent, CaseOpened } from './case.events';
import { DEFAULT_SLA_POLICY, type SlaKind } from './case.values';

// Builders with defaults for specs: a test states only what it is about.
export const TENANT = 'tenant-1';
export const CASE_ID = '3a9c1e20-5b7d-4f1a-8c2e-6d4b0a9f1e33';
export const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';
/** A case opened at 09:00 with normal priority: first response due 17:00, resolution three days later. */
export const OPENED_AT = '2025-01-06T09:00:00.000Z';
export const FIRST_RESPONSE_DUE = '2025-01-06T17:00:00.000Z';
export const RESOLUTION_DUE = '2025-01-09T09:00:00.000Z';

const scope = { tenantId: TENANT, caseId: CASE_ID };

/** `hours` after the case was opened, as an ISO instant. */
export function hoursAfterOpening(hours: number): string {
  return new Date(Date.parse(OPENED_AT) + hours * 3_600_000).toISOString();
}

export function openCase(overrides: Partial<OpenCase['data']> = {}): OpenCase {
  return {
    type: 'OpenCase',
    data: {
      ...scope,
      customerId: CUSTOMER_ID,
      caseType: 'repair',
      priority: 'normal',
      subject: 'Printer jams',
      slaPolicy: DEFAULT_SLA_POLICY,
      openedAt: OPENED_AT,
      ...overrides,
    },
  };
}

export function caseOpened(overrides: Partial<CaseOpened['data']> = {}): CaseOpened {
  return {
    type: 'service.CaseOpened',
    data: {
      ...scope,
      customerId: CUSTOMER_ID,
      caseType: 'repair',
      priority: 'normal',
      subject: 'Printer jams',
      description: null,
      assigneeId: null,
      slaTarget: DEFAULT_SLA_POLICY.normal,
      firstResponseDueAt: FIRST_RESPONSE_DUE,
      resolutionDueAt: RESOLUTION_DUE,
      openedAt: OPENED_AT,
      ...overrides,
    },
  };
}

export function assignCase(assigneeId = 'agent-1', assignedAt = hoursAfterOpening(1)): AssignCase {
  return { type: 'AssignCase', data: { ...scope, assigneeId, assignedAt } };
}

export function commentOnCase(overrides: Partial<CommentOnCase['data']> = {}): CommentOnCase {
  return {
    type: 'CommentOnCase',
    data: {
      ...scope,
      commentId: 'comment-1',
      authorId: 'agent-1',
      body: 'We are on it',
      public: true,
      postedAt: hoursAfterOpening(2),
      ...overrides,
    },
  };
}

export function resolveCase(
  resolvedAt = hoursAfterOpening(24),
  resolution = 'Replaced the roller',
): ResolveCase {
  return { type: 'ResolveCase', data: { ...scope, resolution, resolvedAt } };
}

export function closeCase(satisfaction = 5, closedAt = hoursAfterOpening(30)): CloseCase {
  return { type: 'CloseCase', data: { ...scope, satisfaction, feedback: 'Quick', closedAt } };
}

export function reopenCase(reopenedAt = hoursAfterOpening(48), reason = 'Jams again'): ReopenCase {
  return { type: 'ReopenCase', data: { ...scope, reason, reopenedAt } };
}

export function recordSlaBreach(kind: SlaKind, detectedAt: string): RecordSlaBreach {
  return { type: 'RecordSlaBreach', data: { ...scope, kind, detectedAt } };
}

export function caseCommented(
  overrides: Partial<Extract<CaseEvent, { type: 'service.CaseCommented' }>['data']> = {},
): CaseEvent {
  return {
    type: 'service.CaseCommented',
    data: {
      caseId: CASE_ID,
      customerId: CUSTOMER_ID,
      commentId: 'comment-1',
      authorId: 'agent-1',
      body: 'We are on it',
      public: true,
      firstResponse: true,
      postedAt: hoursAfterOpening(2),
      ...overrides,
    },
  };
}

export function caseResolved(resolvedAt = hoursAfterOpening(24)): CaseEvent {
  return {
    type: 'service.CaseResolved',
    data: { caseId: CASE_ID, customerId: CUSTOMER_ID, resolution: 'Replaced the roller', resolvedAt },
  };
}

export function caseClosed(satisfaction = 5): CaseEvent {
  return {
    type: 'service.CaseClosed',
    data: {
      caseId: CASE_ID,
      customerId: CUSTOMER_ID,
      satisfaction,
      feedback: 'Quick',
      closedAt: hoursAfterOpening(30),
    },
  };
}

export function slaBreached(kind: SlaKind, dueAt: string, detectedAt: string): CaseEvent {
  return {
    type: 'service.SlaBreached',
    data: { caseId: CASE_ID, customerId: CUSTOMER_ID, kind, dueAt, detectedAt },
  };
}
