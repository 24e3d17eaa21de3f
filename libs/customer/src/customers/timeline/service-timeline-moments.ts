import {
  ServiceIntegrationEventTypes as Service,
  type CaseClosedV1,
  type CaseOpenedV1,
  type CaseReopenedV1,
  type CaseResolvedV1,
  type SlaBreachedV1,
} from '@crm/contracts';
import type { TimelineMoment } from './timeline-entry';

type MomentOf = (data: never) => TimelineMoment;

const serviceCase = (id: string) => ({ type: 'case', id }) as const;

/** The service context's case events as timeline moments (assignments and comments stay internal). */
export const serviceTimelineMoments: Readonly<Record<string, MomentOf>> = {
  [Service.caseOpened]: (data: CaseOpenedV1) => ({
    at: data.openedAt,
    context: 'service',
    summary: `Case opened: ${data.caseType}, ${data.priority} priority`,
    subject: serviceCase(data.caseId),
  }),
  [Service.caseResolved]: (data: CaseResolvedV1) => ({
    at: data.resolvedAt,
    context: 'service',
    summary: 'Case resolved',
    subject: serviceCase(data.caseId),
  }),
  [Service.caseClosed]: (data: CaseClosedV1) => ({
    at: data.closedAt,
    context: 'service',
    summary: `Case closed, satisfaction ${data.satisfaction}/5`,
    subject: serviceCase(data.caseId),
  }),
  [Service.caseReopened]: (data: CaseReopenedV1) => ({
    at: data.reopenedAt,
    context: 'service',
    summary: 'Case reopened',
    subject: serviceCase(data.caseId),
  }),
  [Service.slaBreached]: (data: SlaBreachedV1) => ({
    at: data.dueAt,
    context: 'service',
    summary: `SLA breached: ${data.kind.replace('_', ' ')} was due`,
    subject: serviceCase(data.caseId),
  }),
};
