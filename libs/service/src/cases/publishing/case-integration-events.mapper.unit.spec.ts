import { SERVICE_EVENTS_TOPIC, type EventEnvelope } from '@crm/contracts';
import { integrationTopic } from '@crm/messaging';
import {
  caseClosed,
  caseCommented,
  caseOpened,
  caseResolved,
  CASE_ID,
  CUSTOMER_ID,
  FIRST_RESPONSE_DUE,
  hoursAfterOpening,
  OPENED_AT,
  RESOLUTION_DUE,
  slaBreached,
} from '../domain/case.builders';
import type { CaseEvent } from '../domain';
import { toCaseIntegrationMessage } from './case-integration-events.mapper';

function envelope(event: { type: string; data: unknown }): EventEnvelope {
  return {
    ...event,
    id: 'event-1',
    schemaVersion: 1,
    streamId: `service.case-${CASE_ID}`,
    streamVersion: 1,
    globalPosition: 1n,
    tenantId: 'tenant-1',
    occurredAt: OPENED_AT,
    actor: 'user-1',
    correlationId: 'correlation-1',
    causationId: 'causation-1',
  };
}

const published = (event: CaseEvent) => toCaseIntegrationMessage(envelope(event));
const ids = { caseId: CASE_ID, customerId: CUSTOMER_ID };

describe(toCaseIntegrationMessage.name, () => {
  it('publishes on the topic the relay derives for the service context', () => {
    expect(integrationTopic('service')).toBe(SERVICE_EVENTS_TOPIC);
  });

  it('publishes an opened case with its SLA due times but without subject or description', () => {
    const opened = caseOpened({ description: 'Call Jane Doe on +49 30 1234567' });
    expect(published(opened)).toEqual({
      type: 'service.CaseOpened.v1',
      schemaVersion: 1,
      data: {
        ...ids,
        caseType: 'repair',
        priority: 'normal',
        assigneeId: null,
        openedAt: OPENED_AT,
        firstResponseDueAt: FIRST_RESPONSE_DUE,
        resolutionDueAt: RESOLUTION_DUE,
      },
    });
  });

  it('publishes that a comment was written, never its body', () => {
    const message = published(caseCommented({ body: 'Jane says the code is 1234' }));
    expect(message).toEqual({
      type: 'service.CaseCommented.v1',
      schemaVersion: 1,
      data: {
        ...ids,
        commentId: 'comment-1',
        authorId: 'agent-1',
        public: true,
        firstResponse: true,
        postedAt: hoursAfterOpening(2),
      },
    });
  });

  it('publishes resolution, closing with satisfaction, reopening and breaches without free text', () => {
    expect(published(caseResolved())?.data).toEqual({ ...ids, resolvedAt: hoursAfterOpening(24) });
    expect(published(caseClosed(3))).toEqual({
      type: 'service.CaseClosed.v1',
      schemaVersion: 1,
      data: { ...ids, satisfaction: 3, hasFeedback: true, closedAt: hoursAfterOpening(30) },
    });
    const reopened: CaseEvent = {
      type: 'service.CaseReopened',
      data: {
        ...ids,
        reason: 'Jane is angry',
        reopenedAt: hoursAfterOpening(48),
        resolutionDueAt: hoursAfterOpening(120),
      },
    };
    expect(published(reopened)?.data).toEqual({
      ...ids,
      reopenedAt: hoursAfterOpening(48),
      resolutionDueAt: hoursAfterOpening(120),
    });
    expect(published(slaBreached('resolution', RESOLUTION_DUE, hoursAfterOpening(73)))).toEqual({
      type: 'service.SlaBreached.v1',
      schemaVersion: 1,
      data: { ...ids, kind: 'resolution', dueAt: RESOLUTION_DUE, detectedAt: hoursAfterOpening(73) },
    });
  });

  it('publishes assignments with the previous assignee', () => {
    const assigned: CaseEvent = {
      type: 'service.CaseAssigned',
      data: {
        ...ids,
        assigneeId: 'agent-2',
        previousAssigneeId: 'agent-1',
        assignedAt: hoursAfterOpening(1),
      },
    };
    expect(published(assigned)?.type).toBe('service.CaseAssigned.v1');
    expect(published(assigned)?.data).toEqual(assigned.data);
  });

  it("ignores other contexts' events", () => {
    expect(toCaseIntegrationMessage(envelope({ type: 'sales.OrderPlaced', data: {} }))).toBeNull();
  });
});
