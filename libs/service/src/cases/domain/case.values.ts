/** Vocabularies of the service context, shared by the domain, the HTTP schema and the read models. */
export const CASE_TYPES = ['repair', 'training', 'consulting', 'complaint', 'other'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

export const CASE_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The statuses in which a case still needs work: what the workload and the SLA clocks count. */
export const ACTIVE_CASE_STATUSES: readonly CaseStatus[] = ['open', 'in_progress'];

export const SLA_KINDS = ['first_response', 'resolution'] as const;
export type SlaKind = (typeof SLA_KINDS)[number];

/** How long a case of one priority may wait, in minutes from when it was opened. */
export interface SlaTarget {
  readonly firstResponseMinutes: number;
  readonly resolutionMinutes: number;
}

export type SlaPolicy = Readonly<Record<CasePriority, SlaTarget>>;

/** The defaults of docs/decisions/0019-service-context.md; CRM_SLA_TARGETS overrides them. */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  urgent: { firstResponseMinutes: 60, resolutionMinutes: 4 * 60 },
  high: { firstResponseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
  normal: { firstResponseMinutes: 8 * 60, resolutionMinutes: 72 * 60 },
  low: { firstResponseMinutes: 24 * 60, resolutionMinutes: 168 * 60 },
};

export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 10_000;
export const MAX_COMMENT_LENGTH = 10_000;
export const MAX_RESOLUTION_LENGTH = 5_000;
export const MAX_FEEDBACK_LENGTH = 5_000;
export const MAX_REASON_LENGTH = 1_000;
export const MAX_ID_LENGTH = 200;
// Comments live inside the case document; the bound keeps that document (and every read of it) small.
export const MAX_COMMENTS_PER_CASE = 500;
