import type { CloseCase, ReopenCase, ResolveCase } from './case.commands';
import { CaseError } from './case.errors';
import type { CaseEvent } from './case.events';
import { existingCase, notClosed } from './case-guards';
import type { CaseState } from './case.state';
import { optionalText, requiredText } from './case-text';
import {
  MAX_FEEDBACK_LENGTH,
  MAX_REASON_LENGTH,
  MAX_RESOLUTION_LENGTH,
  SATISFACTION_MAX,
  SATISFACTION_MIN,
} from './case.values';
import { dueAfter, lateBreach } from './sla';

export function resolveCase(command: ResolveCase, state: CaseState): CaseEvent[] {
  const { tenantId, caseId, resolvedAt } = command.data;
  const current = notClosed(existingCase(state, tenantId, caseId));
  if (current.status === 'resolved') {
    throw new CaseError('CASE.ALREADY_RESOLVED', `Case ${caseId} is already resolved`);
  }
  const resolution = requiredText(command.data.resolution, 'resolution', MAX_RESOLUTION_LENGTH);
  // Resolving unanswered counts as the response, so a late one is a first-response breach too.
  const unanswered = current.firstResponse.completedAt === null;
  return [
    {
      type: 'service.CaseResolved',
      data: { caseId, customerId: current.customerId, resolution, resolvedAt },
    },
    ...(unanswered ? lateBreach(current, 'first_response', current.firstResponse, resolvedAt) : []),
    ...lateBreach(current, 'resolution', current.resolution, resolvedAt),
  ];
}

export function closeCase(command: CloseCase, state: CaseState): CaseEvent[] {
  const { tenantId, caseId, satisfaction, closedAt } = command.data;
  const current = notClosed(existingCase(state, tenantId, caseId));
  if (current.status !== 'resolved') {
    throw new CaseError(
      'CASE.NOT_RESOLVED',
      `Case ${caseId} is ${current.status}; resolve it before closing`,
    );
  }
  if (!Number.isInteger(satisfaction) || satisfaction < SATISFACTION_MIN || satisfaction > SATISFACTION_MAX) {
    throw new CaseError(
      'CASE.INVALID_SATISFACTION',
      `satisfaction must be a whole number from ${SATISFACTION_MIN} to ${SATISFACTION_MAX}`,
      'satisfaction',
    );
  }
  const feedback = optionalText(command.data.feedback, 'feedback', MAX_FEEDBACK_LENGTH);
  return [
    {
      type: 'service.CaseClosed',
      data: { caseId, customerId: current.customerId, satisfaction, feedback, closedAt },
    },
  ];
}

export function reopenCase(command: ReopenCase, state: CaseState): CaseEvent[] {
  const { tenantId, caseId, reopenedAt } = command.data;
  const current = existingCase(state, tenantId, caseId);
  if (current.status !== 'resolved' && current.status !== 'closed') {
    throw new CaseError(
      'CASE.NOT_REOPENABLE',
      `Case ${caseId} is ${current.status}; only a resolved or closed case reopens`,
    );
  }
  const reason = requiredText(command.data.reason, 'reason', MAX_REASON_LENGTH);
  const resolutionDueAt = dueAfter(reopenedAt, current.slaTarget.resolutionMinutes);
  return [
    {
      type: 'service.CaseReopened',
      data: { caseId, customerId: current.customerId, reason, reopenedAt, resolutionDueAt },
    },
  ];
}
