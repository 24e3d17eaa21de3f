import { DeciderSpec } from '@crm/testing';
import {
  assignCase,
  caseClosed,
  caseCommented,
  caseOpened,
  caseResolved,
  CASE_ID,
  CUSTOMER_ID,
  closeCase,
  FIRST_RESPONSE_DUE,
  hoursAfterOpening,
  reopenCase,
  resolveCase,
  RESOLUTION_DUE,
  slaBreached,
} from './case.builders';
import { caseDecider } from './case.decider';
import { evolveCase, initialCaseState } from './case.evolve';
import type { CaseEvent } from './case.events';

const given = DeciderSpec.for(caseDecider);

function statusAfter(events: readonly CaseEvent[]): string | undefined {
  const state = events.reduce(evolveCase, initialCaseState());
  return state.kind === 'opened' ? state.case.status : undefined;
}

describe('the case lifecycle', () => {
  it('moves open -> in_progress (assign or first response) -> resolved -> closed -> open on reopen', () => {
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
    expect(statusAfter([caseOpened()])).toBe('open');
    expect(statusAfter([caseOpened(), assigned])).toBe('in_progress');
    expect(statusAfter([caseOpened(), caseCommented()])).toBe('in_progress');
    expect(statusAfter([caseOpened(), caseCommented({ public: false, firstResponse: false })])).toBe('open');
    expect(statusAfter([caseOpened(), caseResolved()])).toBe('resolved');
    expect(statusAfter([caseOpened(), caseResolved(), caseClosed()])).toBe('closed');
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
    expect(statusAfter([caseOpened(), caseResolved(), caseClosed(), reopened])).toBe('open');
  });

  describe('ResolveCase', () => {
    it('resolves in time without any breach', () => {
      given([caseOpened(), caseCommented()]).when(resolveCase()).then([caseResolved()]);
    });

    it('records a resolution breach when resolved after due', () => {
      const late = hoursAfterOpening(80);
      given([caseOpened(), caseCommented()])
        .when(resolveCase(late))
        .then([caseResolved(late), slaBreached('resolution', RESOLUTION_DUE, late)]);
    });

    it('counts resolving an unanswered case as its (late) first response', () => {
      const late = hoursAfterOpening(10);
      given([caseOpened()])
        .when(resolveCase(late))
        .then([caseResolved(late), slaBreached('first_response', FIRST_RESPONSE_DUE, late)]);
    });

    it('rejects resolving twice and resolving a closed case', () => {
      given([caseOpened(), caseResolved()]).when(resolveCase()).thenThrows('CASE.ALREADY_RESOLVED');
      given([caseOpened(), caseResolved(), caseClosed()]).when(resolveCase()).thenThrows('CASE.CLOSED');
    });
  });

  describe('CloseCase', () => {
    it('closes a resolved case with the satisfaction score', () => {
      given([caseOpened(), caseResolved()])
        .when(closeCase(4))
        .then([caseClosed(4)]);
    });

    it('rejects closing a case that is not resolved (CASE.NOT_RESOLVED)', () => {
      given([caseOpened()]).when(closeCase()).thenThrows('CASE.NOT_RESOLVED');
      given([caseOpened(), caseCommented()]).when(closeCase()).thenThrows('CASE.NOT_RESOLVED');
    });

    it.each([0, 6, 2.5, -1])('rejects the satisfaction %p', (satisfaction) => {
      given([caseOpened(), caseResolved()])
        .when(closeCase(satisfaction))
        .thenThrows('CASE.INVALID_SATISFACTION');
    });

    it('rejects closing twice', () => {
      given([caseOpened(), caseResolved(), caseClosed()]).when(closeCase()).thenThrows('CASE.CLOSED');
    });
  });

  describe('ReopenCase', () => {
    it('reopens a resolved or closed case and restarts the resolution clock from the reopening', () => {
      const reopened = {
        type: 'service.CaseReopened' as const,
        data: {
          caseId: CASE_ID,
          customerId: CUSTOMER_ID,
          reason: 'Jams again',
          reopenedAt: hoursAfterOpening(48),
          resolutionDueAt: hoursAfterOpening(48 + 72),
        },
      };
      given([caseOpened(), caseResolved()]).when(reopenCase()).then([reopened]);
      given([caseOpened(), caseResolved(), caseClosed()]).when(reopenCase()).then([reopened]);
    });

    it('rejects reopening a case that is still open or in progress, and a blank reason', () => {
      given([caseOpened()]).when(reopenCase()).thenThrows('CASE.NOT_REOPENABLE');
      given([caseOpened(), caseCommented()]).when(reopenCase()).thenThrows('CASE.NOT_REOPENABLE');
      given([caseOpened(), caseResolved()])
        .when(reopenCase(hoursAfterOpening(48), ' '))
        .thenThrows('CASE.INVALID_TEXT');
    });

    it('starts work again on assignment after a reopen, even to the same assignee', () => {
      const events = [caseOpened({ assigneeId: 'agent-1' }), caseResolved()];
      const reopened = caseDecider.decide(reopenCase(), events.reduce(evolveCase, initialCaseState()));
      given([...events, ...reopened])
        .when(assignCase('agent-1'))
        .then([
          {
            type: 'service.CaseAssigned',
            data: {
              caseId: CASE_ID,
              customerId: CUSTOMER_ID,
              assigneeId: 'agent-1',
              previousAssigneeId: 'agent-1',
              assignedAt: hoursAfterOpening(1),
            },
          },
        ]);
    });
  });
});
