import type { DomainEvent } from '@crm/core';
import type { CasePriority, CaseType, SlaKind, SlaTarget } from './case.values';

// Every event names the customer, so publishing maps each one on its own (no lookup of the case).

export type CaseOpened = DomainEvent<
  'service.CaseOpened',
  {
    readonly caseId: string;
    readonly tenantId: string;
    readonly customerId: string;
    readonly caseType: CaseType;
    readonly priority: CasePriority;
    readonly subject: string;
    readonly description: string | null;
    readonly assigneeId: string | null;
    readonly slaTarget: SlaTarget;
    readonly firstResponseDueAt: string;
    readonly resolutionDueAt: string;
    readonly openedAt: string;
  }
>;

export type CaseAssigned = DomainEvent<
  'service.CaseAssigned',
  {
    readonly caseId: string;
    readonly customerId: string;
    readonly assigneeId: string;
    readonly previousAssigneeId: string | null;
    readonly assignedAt: string;
  }
>;

export type CaseCommented = DomainEvent<
  'service.CaseCommented',
  {
    readonly caseId: string;
    readonly customerId: string;
    readonly commentId: string;
    readonly authorId: string;
    readonly body: string;
    readonly public: boolean;
    /** This comment is the case's first response (the first public one). */
    readonly firstResponse: boolean;
    readonly postedAt: string;
  }
>;

export type CaseResolved = DomainEvent<
  'service.CaseResolved',
  {
    readonly caseId: string;
    readonly customerId: string;
    readonly resolution: string;
    readonly resolvedAt: string;
  }
>;

export type CaseClosed = DomainEvent<
  'service.CaseClosed',
  {
    readonly caseId: string;
    readonly customerId: string;
    readonly satisfaction: number;
    readonly feedback: string | null;
    readonly closedAt: string;
  }
>;

export type CaseReopened = DomainEvent<
  'service.CaseReopened',
  {
    readonly caseId: string;
    readonly customerId: string;
    readonly reason: string;
    readonly reopenedAt: string;
    /** The resolution clock starts again from the reopening, with the case's own target. */
    readonly resolutionDueAt: string;
  }
>;

export type SlaBreached = DomainEvent<
  'service.SlaBreached',
  {
    readonly caseId: string;
    readonly customerId: string;
    readonly kind: SlaKind;
    readonly dueAt: string;
    readonly detectedAt: string;
  }
>;

export type CaseEvent =
  CaseOpened | CaseAssigned | CaseCommented | CaseResolved | CaseClosed | CaseReopened | SlaBreached;

export type CaseEventType = CaseEvent['type'];

export const CASE_EVENT_TYPES: readonly CaseEventType[] = [
  'service.CaseOpened',
  'service.CaseAssigned',
  'service.CaseCommented',
  'service.CaseResolved',
  'service.CaseClosed',
  'service.CaseReopened',
  'service.SlaBreached',
];

/** The case event a stored envelope holds, or null for another context's event. */
export function caseEventOf(event: { readonly type: string; readonly data: unknown }): CaseEvent | null {
  if (!(CASE_EVENT_TYPES as readonly string[]).includes(event.type)) return null;
  // The case stream only ever holds what this context's decider emitted.
  return { type: event.type, data: event.data } as CaseEvent;
}
