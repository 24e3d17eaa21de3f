import { assertNever } from '@crm/core';
import type { CaseEvent } from './case.events';
import type { Case, CaseState, SlaClock } from './case.state';
import { newClock } from './sla';

export function initialCaseState(): CaseState {
  return { kind: 'none' };
}

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'service.CaseOpened') {
    const { caseId, tenantId, customerId, caseType, priority, subject, description } = event.data;
    const { assigneeId, openedAt, slaTarget, firstResponseDueAt, resolutionDueAt } = event.data;
    const opened: Case = {
      ...{ caseId, tenantId, customerId, caseType, priority, subject, description, assigneeId, openedAt },
      status: assigneeId === null ? 'open' : 'in_progress',
      slaTarget,
      firstResponse: newClock(firstResponseDueAt),
      resolution: newClock(resolutionDueAt),
      resolutionText: null,
      closedAt: null,
      satisfaction: null,
      feedback: null,
      reopenCount: 0,
      comments: [],
    };
    return { kind: 'opened', case: opened };
  }
  if (state.kind === 'none') return state;
  return { kind: 'opened', case: evolveOpened(state.case, event) };
}

function evolveOpened(current: Case, event: CaseEvent): Case {
  switch (event.type) {
    case 'service.CaseOpened':
      return current;
    case 'service.CaseAssigned':
      return { ...current, assigneeId: event.data.assigneeId, status: progressed(current) };
    case 'service.CaseCommented': {
      const { commentId, authorId, body, postedAt, firstResponse } = event.data;
      const comment = { id: commentId, authorId, body, public: event.data.public, postedAt };
      const comments = [...current.comments, comment];
      if (!firstResponse) return { ...current, comments };
      const responded = completed(current.firstResponse, postedAt);
      return { ...current, comments, firstResponse: responded, status: progressed(current) };
    }
    case 'service.CaseResolved': {
      const { resolution, resolvedAt } = event.data;
      // A resolution tells the customer something: without an earlier response it is the response.
      const firstResponse = current.firstResponse.completedAt
        ? current.firstResponse
        : completed(current.firstResponse, resolvedAt);
      const resolved = completed(current.resolution, resolvedAt);
      return {
        ...current,
        status: 'resolved',
        resolutionText: resolution,
        firstResponse,
        resolution: resolved,
      };
    }
    case 'service.CaseClosed': {
      const { satisfaction, feedback, closedAt } = event.data;
      return { ...current, status: 'closed', satisfaction, feedback, closedAt };
    }
    case 'service.CaseReopened': {
      const { breached, breachDetectedAt } = current.resolution;
      return {
        ...current,
        status: 'open',
        resolutionText: null,
        closedAt: null,
        satisfaction: null,
        feedback: null,
        reopenCount: current.reopenCount + 1,
        resolution: { ...newClock(event.data.resolutionDueAt), breached, breachDetectedAt },
      };
    }
    case 'service.SlaBreached': {
      const breach = (clock: SlaClock): SlaClock => ({
        ...clock,
        breached: true,
        breachDetectedAt: event.data.detectedAt,
      });
      return event.data.kind === 'first_response'
        ? { ...current, firstResponse: breach(current.firstResponse) }
        : { ...current, resolution: breach(current.resolution) };
    }
    default:
      return assertNever(event);
  }
}

// Work has started once someone is assigned or has answered; later statuses stay as they are.
function progressed(current: Case): Case['status'] {
  return current.status === 'open' ? 'in_progress' : current.status;
}

function completed(clock: SlaClock, at: string): SlaClock {
  return { ...clock, completedAt: at };
}
