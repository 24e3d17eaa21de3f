import { assertNever, type Decider } from '@crm/core';
import type { AssignCase, CaseCommand, CommentOnCase, OpenCase } from './case.commands';
import { CaseError } from './case.errors';
import type { CaseEvent } from './case.events';
import { evolveCase, initialCaseState } from './case.evolve';
import { existingCase, notClosed } from './case-guards';
import { closeCase, reopenCase, resolveCase } from './case-lifecycle';
import type { CaseState } from './case.state';
import { optionalText, requiredText } from './case-text';
import {
  MAX_COMMENT_LENGTH,
  MAX_COMMENTS_PER_CASE,
  MAX_DESCRIPTION_LENGTH,
  MAX_ID_LENGTH,
  MAX_SUBJECT_LENGTH,
} from './case.values';
import { recordSlaBreach } from './record-sla-breach';
import { dueAfter, lateBreach } from './sla';

export function decideCase(command: CaseCommand, state: CaseState): CaseEvent[] {
  switch (command.type) {
    case 'OpenCase':
      return openCase(command, state);
    case 'AssignCase':
      return assignCase(command, state);
    case 'CommentOnCase':
      return commentOnCase(command, state);
    case 'ResolveCase':
      return resolveCase(command, state);
    case 'CloseCase':
      return closeCase(command, state);
    case 'ReopenCase':
      return reopenCase(command, state);
    case 'RecordSlaBreach':
      return recordSlaBreach(command, state);
    default:
      return assertNever(command);
  }
}

/** The case aggregate: one stream per case, `service.case-<id>`. */
export const caseDecider: Decider<CaseState, CaseCommand, CaseEvent> = {
  initialState: initialCaseState,
  evolve: evolveCase,
  decide: decideCase,
};

function openCase(command: OpenCase, state: CaseState): CaseEvent[] {
  const { data } = command;
  if (state.kind !== 'none') {
    throw new CaseError('CASE.ALREADY_OPENED', `Case ${data.caseId} is already opened`);
  }
  // The case keeps the target it was opened under: changing the policy later moves no due times.
  const slaTarget = data.slaPolicy[data.priority];
  return [
    {
      type: 'service.CaseOpened',
      data: {
        caseId: data.caseId,
        tenantId: data.tenantId,
        customerId: data.customerId,
        caseType: data.caseType,
        priority: data.priority,
        subject: requiredText(data.subject, 'subject', MAX_SUBJECT_LENGTH),
        description: optionalText(data.description, 'description', MAX_DESCRIPTION_LENGTH),
        assigneeId: optionalText(data.assigneeId, 'assigneeId', MAX_ID_LENGTH),
        slaTarget,
        firstResponseDueAt: dueAfter(data.openedAt, slaTarget.firstResponseMinutes),
        resolutionDueAt: dueAfter(data.openedAt, slaTarget.resolutionMinutes),
        openedAt: data.openedAt,
      },
    },
  ];
}

function assignCase(command: AssignCase, state: CaseState): CaseEvent[] {
  const { tenantId, caseId, assignedAt } = command.data;
  const current = notClosed(existingCase(state, tenantId, caseId));
  const assigneeId = requiredText(command.data.assigneeId, 'assigneeId', MAX_ID_LENGTH);
  // Re-assigning to the same person changes nothing, unless it is what starts the work.
  if (assigneeId === current.assigneeId && current.status !== 'open') return [];
  return [
    {
      type: 'service.CaseAssigned',
      data: {
        caseId,
        customerId: current.customerId,
        assigneeId,
        previousAssigneeId: current.assigneeId,
        assignedAt,
      },
    },
  ];
}

function commentOnCase(command: CommentOnCase, state: CaseState): CaseEvent[] {
  const { tenantId, caseId, commentId, authorId, postedAt } = command.data;
  const current = notClosed(existingCase(state, tenantId, caseId));
  if (current.comments.length >= MAX_COMMENTS_PER_CASE) {
    throw new CaseError(
      'CASE.TOO_MANY_COMMENTS',
      `Case ${caseId} has ${MAX_COMMENTS_PER_CASE} comments; open a follow-up case`,
    );
  }
  const body = requiredText(command.data.body, 'body', MAX_COMMENT_LENGTH);
  // Only what the customer sees answers them: an internal note is no response.
  const firstResponse = command.data.public && current.firstResponse.completedAt === null;
  return [
    {
      type: 'service.CaseCommented',
      data: {
        caseId,
        customerId: current.customerId,
        commentId,
        authorId,
        body,
        public: command.data.public,
        firstResponse,
        postedAt,
      },
    },
    ...(firstResponse ? lateBreach(current, 'first_response', current.firstResponse, postedAt) : []),
  ];
}
