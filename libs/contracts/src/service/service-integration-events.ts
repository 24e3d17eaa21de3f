/** The topic the service context's relay publishes to (design.md section 5). */
export const SERVICE_EVENTS_TOPIC = 'crm.service.events.v1';

/**
 * Integration events of the service context: what the customer 360, analytics (open cases,
 * satisfaction in the feature store) and reporting rely on. They carry no free text (subject,
 * description, comment bodies, resolution, feedback, reasons): those are personal data, and consumers
 * that need them ask the case API. Every event names its customer. Versioned by name: a breaking
 * change is a new `...V2` type beside this one.
 */
export const ServiceIntegrationEventTypes = {
  caseOpened: 'service.CaseOpened.v1',
  caseAssigned: 'service.CaseAssigned.v1',
  caseCommented: 'service.CaseCommented.v1',
  caseResolved: 'service.CaseResolved.v1',
  caseClosed: 'service.CaseClosed.v1',
  caseReopened: 'service.CaseReopened.v1',
  slaBreached: 'service.SlaBreached.v1',
} as const;

export type ServiceIntegrationEventType =
  (typeof ServiceIntegrationEventTypes)[keyof typeof ServiceIntegrationEventTypes];

export type CaseTypeV1 = 'repair' | 'training' | 'consulting' | 'complaint' | 'other';
export type CasePriorityV1 = 'low' | 'normal' | 'high' | 'urgent';
export type SlaKindV1 = 'first_response' | 'resolution';

export interface CaseOpenedV1 {
  readonly caseId: string;
  readonly customerId: string;
  readonly caseType: CaseTypeV1;
  readonly priority: CasePriorityV1;
  readonly assigneeId: string | null;
  readonly openedAt: string;
  readonly firstResponseDueAt: string;
  readonly resolutionDueAt: string;
}

export interface CaseAssignedV1 {
  readonly caseId: string;
  readonly customerId: string;
  readonly assigneeId: string;
  readonly previousAssigneeId: string | null;
  readonly assignedAt: string;
}

/** That a comment was written, never what it says. */
export interface CaseCommentedV1 {
  readonly caseId: string;
  readonly customerId: string;
  readonly commentId: string;
  readonly authorId: string;
  readonly public: boolean;
  /** This comment is the case's first response. */
  readonly firstResponse: boolean;
  readonly postedAt: string;
}

export interface CaseResolvedV1 {
  readonly caseId: string;
  readonly customerId: string;
  readonly resolvedAt: string;
}

export interface CaseClosedV1 {
  readonly caseId: string;
  readonly customerId: string;
  /** 1 (poor) .. 5 (excellent). */
  readonly satisfaction: number;
  readonly hasFeedback: boolean;
  readonly closedAt: string;
}

export interface CaseReopenedV1 {
  readonly caseId: string;
  readonly customerId: string;
  readonly reopenedAt: string;
  /** The restarted resolution clock. */
  readonly resolutionDueAt: string;
}

export interface SlaBreachedV1 {
  readonly caseId: string;
  readonly customerId: string;
  readonly kind: SlaKindV1;
  readonly dueAt: string;
  /** When the breach was noticed: by the scheduler, or by a late response or resolution. */
  readonly detectedAt: string;
}
