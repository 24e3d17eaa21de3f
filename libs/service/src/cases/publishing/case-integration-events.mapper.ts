import {
  ServiceIntegrationEventTypes,
  type CaseAssignedV1,
  type CaseClosedV1,
  type CaseCommentedV1,
  type CaseOpenedV1,
  type CaseReopenedV1,
  type CaseResolvedV1,
  type EventEnvelope,
  type SlaBreachedV1,
} from '@crm/contracts';
import { assertNever } from '@crm/core';
import type { IntegrationMessage } from '@crm/messaging';
import { caseEventOf } from '../domain';

const INTEGRATION_SCHEMA_VERSION = 1;

/**
 * The service context's publishing policy (the relay's mapper): each case event as a versioned
 * integration event without its free text (subject, description, comment body, resolution, feedback,
 * reason), which is personal data.
 */
export function toCaseIntegrationMessage(event: EventEnvelope): IntegrationMessage | null {
  const domainEvent = caseEventOf(event);
  if (domainEvent === null) return null;
  switch (domainEvent.type) {
    case 'service.CaseOpened': {
      const { caseId, customerId, caseType, priority, assigneeId, openedAt } = domainEvent.data;
      const { firstResponseDueAt, resolutionDueAt } = domainEvent.data;
      const opened: CaseOpenedV1 = {
        ...{ caseId, customerId, caseType, priority, assigneeId, openedAt },
        ...{ firstResponseDueAt, resolutionDueAt },
      };
      return message(ServiceIntegrationEventTypes.caseOpened, opened);
    }
    case 'service.CaseAssigned': {
      // Field by field, so nothing a later domain field adds is published by accident.
      const { caseId, customerId, assigneeId, previousAssigneeId, assignedAt } = domainEvent.data;
      const assigned: CaseAssignedV1 = { caseId, customerId, assigneeId, previousAssigneeId, assignedAt };
      return message(ServiceIntegrationEventTypes.caseAssigned, assigned);
    }
    case 'service.CaseCommented': {
      const { caseId, customerId, commentId, authorId, firstResponse, postedAt } = domainEvent.data;
      const commented: CaseCommentedV1 = {
        ...{ caseId, customerId, commentId, authorId, firstResponse, postedAt },
        public: domainEvent.data.public,
      };
      return message(ServiceIntegrationEventTypes.caseCommented, commented);
    }
    case 'service.CaseResolved': {
      const { caseId, customerId, resolvedAt } = domainEvent.data;
      const resolved: CaseResolvedV1 = { caseId, customerId, resolvedAt };
      return message(ServiceIntegrationEventTypes.caseResolved, resolved);
    }
    case 'service.CaseClosed': {
      const { caseId, customerId, satisfaction, feedback, closedAt } = domainEvent.data;
      const closed: CaseClosedV1 = {
        caseId,
        customerId,
        satisfaction,
        hasFeedback: feedback !== null,
        closedAt,
      };
      return message(ServiceIntegrationEventTypes.caseClosed, closed);
    }
    case 'service.CaseReopened': {
      const { caseId, customerId, reopenedAt, resolutionDueAt } = domainEvent.data;
      const reopened: CaseReopenedV1 = { caseId, customerId, reopenedAt, resolutionDueAt };
      return message(ServiceIntegrationEventTypes.caseReopened, reopened);
    }
    case 'service.SlaBreached': {
      const { caseId, customerId, kind, dueAt, detectedAt } = domainEvent.data;
      const breached: SlaBreachedV1 = { caseId, customerId, kind, dueAt, detectedAt };
      return message(ServiceIntegrationEventTypes.slaBreached, breached);
    }
    default:
      return assertNever(domainEvent);
  }
}

function message(type: string, data: unknown): IntegrationMessage {
  return { type, schemaVersion: INTEGRATION_SCHEMA_VERSION, data };
}
