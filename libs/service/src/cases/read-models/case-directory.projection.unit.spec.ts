import { projectionSpec } from '@crm/testing';
import { caseStreamId } from '../application/case-stream';
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
import { DEFAULT_SLA_POLICY, type CaseEvent } from '../domain';
import { caseDirectoryProjection } from './case-directory.projection';
import type { CaseView } from './case-view';

const streamId = caseStreamId(CASE_ID);
const on = (event: CaseEvent) => ({ ...event, streamId });
const clock = (dueAt: string) => ({ dueAt, completedAt: null, breached: false, breachDetectedAt: null });

const opened: CaseView = {
  id: CASE_ID,
  customerId: CUSTOMER_ID,
  type: 'repair',
  priority: 'normal',
  subject: 'Printer jams',
  description: null,
  status: 'open',
  assigneeId: null,
  openedAt: OPENED_AT,
  sla: {
    target: DEFAULT_SLA_POLICY.normal,
    firstResponse: clock(FIRST_RESPONSE_DUE),
    resolution: clock(RESOLUTION_DUE),
  },
  breached: false,
  resolution: null,
  resolvedAt: null,
  closedAt: null,
  satisfaction: null,
  feedback: null,
  reopenCount: 0,
  comments: [],
  version: 1,
};

describe('caseDirectoryProjection', () => {
  const spec = projectionSpec(caseDirectoryProjection);

  it('creates the case with its SLA due times when it is opened', () => {
    spec.given(on(caseOpened())).then([{ id: CASE_ID, data: opened }]);
  });

  it('applies assignment, comments, breaches, resolution and closing exactly once', () => {
    const assigned: CaseEvent = {
      type: 'service.CaseAssigned',
      data: {
        caseId: CASE_ID,
        customerId: CUSTOMER_ID,
        assigneeId: 'agent-1',
        previousAssigneeId: null,
        assignedAt: hoursAfterOpening(1),
      },
    };
    const note = caseCommented({
      commentId: 'note-1',
      public: false,
      firstResponse: false,
      postedAt: hoursAfterOpening(3),
    });
    const reply = caseCommented({ postedAt: hoursAfterOpening(9) });
    const breach = slaBreached('first_response', FIRST_RESPONSE_DUE, hoursAfterOpening(9));
    spec.given(...[caseOpened(), assigned, note, reply, breach, caseResolved(), caseClosed(4)].map(on)).then([
      {
        id: CASE_ID,
        data: {
          ...opened,
          status: 'closed',
          assigneeId: 'agent-1',
          sla: {
            ...opened.sla,
            firstResponse: {
              dueAt: FIRST_RESPONSE_DUE,
              completedAt: hoursAfterOpening(9),
              breached: true,
              breachDetectedAt: hoursAfterOpening(9),
            },
            resolution: { ...clock(RESOLUTION_DUE), completedAt: hoursAfterOpening(24) },
          },
          breached: true,
          resolution: 'Replaced the roller',
          resolvedAt: hoursAfterOpening(24),
          closedAt: hoursAfterOpening(30),
          satisfaction: 4,
          feedback: 'Quick',
          comments: [
            {
              id: 'note-1',
              authorId: 'agent-1',
              body: 'We are on it',
              public: false,
              postedAt: hoursAfterOpening(3),
            },
            {
              id: 'comment-1',
              authorId: 'agent-1',
              body: 'We are on it',
              public: true,
              postedAt: hoursAfterOpening(9),
            },
          ],
          version: 7,
        },
      },
    ]);
  });

  it('reopens: back to open, resolution cleared, the resolution clock restarted', () => {
    const reopened: CaseEvent = {
      type: 'service.CaseReopened',
      data: {
        caseId: CASE_ID,
        customerId: CUSTOMER_ID,
        reason: 'Again',
        reopenedAt: hoursAfterOpening(48),
        resolutionDueAt: hoursAfterOpening(120),
      },
    };
    spec.given(...[caseOpened(), caseResolved(), caseClosed(2), reopened].map(on)).then([
      {
        id: CASE_ID,
        data: {
          ...opened,
          sla: {
            ...opened.sla,
            firstResponse: { ...clock(FIRST_RESPONSE_DUE), completedAt: hoursAfterOpening(24) },
            resolution: clock(hoursAfterOpening(120)),
          },
          reopenCount: 1,
          version: 4,
        },
      },
    ]);
  });

  it('ignores events of other contexts', () => {
    spec.given({ type: 'sales.OrderPlaced', streamId: 'sales.order-1', data: { caseId: CASE_ID } }).then([]);
  });
});
