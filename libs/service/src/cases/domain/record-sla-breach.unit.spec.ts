import { DeciderSpec } from '@crm/testing';
import {
  caseCommented,
  caseOpened,
  caseResolved,
  FIRST_RESPONSE_DUE,
  hoursAfterOpening,
  recordSlaBreach,
  RESOLUTION_DUE,
  slaBreached,
} from './case.builders';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';

const given = DeciderSpec.for(caseDecider);

describe('RecordSlaBreach', () => {
  const detected = hoursAfterOpening(8.25);

  it('records a first-response breach once the due time has passed', () => {
    given([caseOpened()])
      .when(recordSlaBreach('first_response', detected))
      .then([slaBreached('first_response', FIRST_RESPONSE_DUE, detected)]);
  });

  it('records a resolution breach once the resolution is overdue', () => {
    const late = hoursAfterOpening(73);
    given([caseOpened(), caseCommented()])
      .when(recordSlaBreach('resolution', late))
      .then([slaBreached('resolution', RESOLUTION_DUE, late)]);
  });

  it('is a no-op the second time: one breach per kind per case', () => {
    given([caseOpened(), slaBreached('first_response', FIRST_RESPONSE_DUE, detected)])
      .when(recordSlaBreach('first_response', hoursAfterOpening(9)))
      .then([]);
  });

  it('is a no-op before the due time and at the due instant itself', () => {
    given([caseOpened()])
      .when(recordSlaBreach('first_response', hoursAfterOpening(7)))
      .then([]);
    given([caseOpened()]).when(recordSlaBreach('first_response', FIRST_RESPONSE_DUE)).then([]);
  });

  it('is a no-op once the clock stopped: answered, or resolved', () => {
    given([caseOpened(), caseCommented()]).when(recordSlaBreach('first_response', detected)).then([]);
    given([caseOpened(), caseResolved()])
      .when(recordSlaBreach('resolution', hoursAfterOpening(80)))
      .then([]);
  });

  it('keeps a resolution breach after a reopen and does not record it again', () => {
    const reopened: CaseEvent = {
      type: 'service.CaseReopened',
      data: {
        caseId: caseOpened().data.caseId,
        customerId: caseOpened().data.customerId,
        reason: 'Again',
        reopenedAt: hoursAfterOpening(90),
        resolutionDueAt: hoursAfterOpening(162),
      },
    };
    const late = hoursAfterOpening(80);
    given([caseOpened(), caseResolved(late), slaBreached('resolution', RESOLUTION_DUE, late), reopened])
      .when(recordSlaBreach('resolution', hoursAfterOpening(200)))
      .then([]);
  });

  it('measures a reopened case against its new resolution due time', () => {
    const reopened: CaseEvent = {
      type: 'service.CaseReopened',
      data: {
        caseId: caseOpened().data.caseId,
        customerId: caseOpened().data.customerId,
        reason: 'Again',
        reopenedAt: hoursAfterOpening(48),
        resolutionDueAt: hoursAfterOpening(120),
      },
    };
    const events = [caseOpened(), caseResolved(), reopened];
    given(events)
      .when(recordSlaBreach('resolution', hoursAfterOpening(100)))
      .then([]);
    given(events)
      .when(recordSlaBreach('resolution', hoursAfterOpening(121)))
      .then([slaBreached('resolution', hoursAfterOpening(120), hoursAfterOpening(121))]);
  });

  it('rejects an unknown case', () => {
    given([]).when(recordSlaBreach('resolution', detected)).thenThrows('CASE.NOT_FOUND');
  });
});
