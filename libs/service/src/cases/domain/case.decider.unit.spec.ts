import { DeciderSpec } from '@crm/testing';
import {
  assignCase,
  caseClosed,
  caseCommented,
  caseOpened,
  caseResolved,
  CASE_ID,
  CUSTOMER_ID,
  commentOnCase,
  FIRST_RESPONSE_DUE,
  hoursAfterOpening,
  openCase,
  slaBreached,
} from './case.builders';
import { caseDecider, decideCase } from './case.decider';
import { DEFAULT_SLA_POLICY } from './case.values';

describe(decideCase.name, () => {
  const given = DeciderSpec.for(caseDecider);

  describe('OpenCase', () => {
    it('opens a case with due times computed from openedAt and the priority target', () => {
      given([]).when(openCase()).then([caseOpened()]);
    });

    it.each([
      ['urgent', '2025-01-06T10:00:00.000Z', '2025-01-06T13:00:00.000Z'],
      ['high', '2025-01-06T13:00:00.000Z', '2025-01-07T09:00:00.000Z'],
      ['normal', '2025-01-06T17:00:00.000Z', '2025-01-09T09:00:00.000Z'],
      ['low', '2025-01-07T09:00:00.000Z', '2025-01-13T09:00:00.000Z'],
    ] as const)(
      'gives a %s case its first response by %s and resolution by %s',
      (priority, first, resolution) => {
        given([])
          .when(openCase({ priority }))
          .then([
            caseOpened({
              priority,
              slaTarget: DEFAULT_SLA_POLICY[priority],
              firstResponseDueAt: first,
              resolutionDueAt: resolution,
            }),
          ]);
      },
    );

    it('uses the policy that came with the command', () => {
      const slaPolicy = {
        ...DEFAULT_SLA_POLICY,
        normal: { firstResponseMinutes: 30, resolutionMinutes: 90 },
      };
      given([])
        .when(openCase({ slaPolicy }))
        .then([
          caseOpened({
            slaTarget: slaPolicy.normal,
            firstResponseDueAt: '2025-01-06T09:30:00.000Z',
            resolutionDueAt: '2025-01-06T10:30:00.000Z',
          }),
        ]);
    });

    it('trims the texts and keeps an assignee given at opening', () => {
      given([])
        .when(openCase({ subject: '  Printer jams ', description: '  ', assigneeId: ' agent-1 ' }))
        .then([caseOpened({ assigneeId: 'agent-1' })]);
    });

    it('rejects a blank subject and opening the same case twice', () => {
      given([])
        .when(openCase({ subject: '  ' }))
        .thenThrows('CASE.INVALID_TEXT');
      given([caseOpened()]).when(openCase()).thenThrows('CASE.ALREADY_OPENED');
    });
  });

  describe('AssignCase', () => {
    it('assigns, remembering the previous assignee', () => {
      given([caseOpened({ assigneeId: 'agent-0' })])
        .when(assignCase('agent-1'))
        .then([
          {
            type: 'service.CaseAssigned',
            data: {
              caseId: CASE_ID,
              customerId: CUSTOMER_ID,
              assigneeId: 'agent-1',
              previousAssigneeId: 'agent-0',
              assignedAt: hoursAfterOpening(1),
            },
          },
        ]);
    });

    it('decides nothing when the case is already with that assignee and in progress', () => {
      given([caseOpened({ assigneeId: 'agent-1' })])
        .when(assignCase('agent-1'))
        .then([]);
    });

    it('rejects assigning a closed case, an unknown one and another tenant’s', () => {
      given([caseOpened(), caseResolved(), caseClosed()]).when(assignCase()).thenThrows('CASE.CLOSED');
      given([]).when(assignCase()).thenThrows('CASE.NOT_FOUND');
      given([caseOpened({ tenantId: 'tenant-other' })])
        .when(assignCase())
        .thenThrows('CASE.NOT_FOUND');
    });
  });

  describe('CommentOnCase', () => {
    it('counts the first public comment as the first response', () => {
      given([caseOpened()]).when(commentOnCase()).then([caseCommented()]);
    });

    it('does not count an internal note, nor a second public comment', () => {
      given([caseOpened()])
        .when(commentOnCase({ public: false }))
        .then([caseCommented({ public: false, firstResponse: false })]);
      given([caseOpened(), caseCommented()])
        .when(commentOnCase({ commentId: 'comment-2' }))
        .then([caseCommented({ commentId: 'comment-2', firstResponse: false })]);
    });

    it('records a first-response breach when the first response comes after due', () => {
      const late = hoursAfterOpening(9);
      given([caseOpened()])
        .when(commentOnCase({ postedAt: late }))
        .then([caseCommented({ postedAt: late }), slaBreached('first_response', FIRST_RESPONSE_DUE, late)]);
    });

    it('counts a response exactly at the due instant as in time', () => {
      given([caseOpened()])
        .when(commentOnCase({ postedAt: FIRST_RESPONSE_DUE }))
        .then([caseCommented({ postedAt: FIRST_RESPONSE_DUE })]);
    });

    it('does not record the breach again when the scheduler already did', () => {
      const late = hoursAfterOpening(9);
      given([caseOpened(), slaBreached('first_response', FIRST_RESPONSE_DUE, hoursAfterOpening(8.5))])
        .when(commentOnCase({ postedAt: late }))
        .then([caseCommented({ postedAt: late })]);
    });

    it('allows comments on a resolved case but not on a closed one; rejects a blank body', () => {
      given([caseOpened(), caseResolved()])
        .when(commentOnCase())
        .then([caseCommented({ firstResponse: false })]);
      given([caseOpened(), caseResolved(), caseClosed()]).when(commentOnCase()).thenThrows('CASE.CLOSED');
      given([caseOpened()])
        .when(commentOnCase({ body: ' ' }))
        .thenThrows('CASE.INVALID_TEXT');
    });
  });
});
