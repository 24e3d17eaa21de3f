import { projectionSpec, PROJECTION_SPEC_TENANT } from '@crm/testing';
import { caseStreamId } from '../application/case-stream';
import {
  caseCommented,
  caseOpened,
  caseResolved,
  CASE_ID,
  CUSTOMER_ID,
  FIRST_RESPONSE_DUE,
  hoursAfterOpening,
  RESOLUTION_DUE,
  slaBreached,
} from '../domain/case.builders';
import type { CaseEvent } from '../domain';
import { SLA_WATCH_PARTITION, slaWatchProjection, type SlaWatchEntry } from './sla-watch.projection';

const streamId = caseStreamId(CASE_ID);
const on = (event: CaseEvent) => ({ ...event, streamId });
const running = (dueAt: string) => ({ dueAt, running: true, breached: false });
const stopped = (dueAt: string, breached = false) => ({ dueAt, running: false, breached });

function entry(clocks: SlaWatchEntry['clocks'], nextDueAt: string | null) {
  return {
    id: CASE_ID,
    tenantId: SLA_WATCH_PARTITION,
    data: {
      tenantId: PROJECTION_SPEC_TENANT,
      caseId: CASE_ID,
      clocks,
      nextDueAt,
      watching: nextDueAt !== null,
    },
  };
}

describe('slaWatchProjection', () => {
  const spec = projectionSpec(slaWatchProjection);

  it('watches both clocks of a new case, in the shared partition, next due first', () => {
    spec
      .given(on(caseOpened()))
      .then([
        entry(
          { first_response: running(FIRST_RESPONSE_DUE), resolution: running(RESOLUTION_DUE) },
          FIRST_RESPONSE_DUE,
        ),
      ]);
  });

  it('stops the first-response clock on the first response, not on an internal note', () => {
    const note = caseCommented({ commentId: 'note-1', public: false, firstResponse: false });
    spec
      .given(...[caseOpened(), note, caseCommented()].map(on))
      .then([
        entry(
          { first_response: stopped(FIRST_RESPONSE_DUE), resolution: running(RESOLUTION_DUE) },
          RESOLUTION_DUE,
        ),
      ]);
  });

  it('stops a breached clock and stops watching a resolved case', () => {
    spec
      .given(
        ...[caseOpened(), slaBreached('first_response', FIRST_RESPONSE_DUE, hoursAfterOpening(9))].map(on),
      )
      .then([
        entry(
          { first_response: stopped(FIRST_RESPONSE_DUE, true), resolution: running(RESOLUTION_DUE) },
          RESOLUTION_DUE,
        ),
      ]);
    spec
      .given(...[caseOpened(), caseResolved()].map(on))
      .then([
        entry({ first_response: stopped(FIRST_RESPONSE_DUE), resolution: stopped(RESOLUTION_DUE) }, null),
      ]);
  });

  it('watches the restarted resolution clock after a reopen, unless it was already breached', () => {
    const reopened: CaseEvent = {
      type: 'service.CaseReopened',
      data: {
        caseId: CASE_ID,
        customerId: CUSTOMER_ID,
        reason: 'Again',
        reopenedAt: hoursAfterOpening(90),
        resolutionDueAt: hoursAfterOpening(162),
      },
    };
    spec
      .given(...[caseOpened(), caseResolved(), reopened].map(on))
      .then([
        entry(
          { first_response: stopped(FIRST_RESPONSE_DUE), resolution: running(hoursAfterOpening(162)) },
          hoursAfterOpening(162),
        ),
      ]);
    const late = hoursAfterOpening(80);
    spec
      .given(
        ...[caseOpened(), caseResolved(late), slaBreached('resolution', RESOLUTION_DUE, late), reopened].map(
          on,
        ),
      )
      .then([
        entry(
          { first_response: stopped(FIRST_RESPONSE_DUE), resolution: stopped(hoursAfterOpening(162), true) },
          null,
        ),
      ]);
  });
});
