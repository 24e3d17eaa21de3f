import { ServiceIntegrationEventTypes as Service } from '@crm/contracts';
import { projectionSpec } from '@crm/testing';
import { caseFactsProjection, type CaseFact } from './case-facts.projection';

const stream = 'service.case-c-1';
const event = (type: string, data: Record<string, unknown> = {}) => ({
  type,
  streamId: stream,
  data: { caseId: 'c-1', customerId: 'customer-1', ...data },
});
const opened = event(Service.caseOpened, { openedAt: '2026-01-01T09:00:00.000Z' });
const caseFact = (changes: Partial<CaseFact>): CaseFact => ({
  caseId: 'c-1',
  customerId: 'customer-1',
  openedAt: '2026-01-01T09:00:00.000Z',
  status: 'open',
  breached: false,
  satisfaction: null,
  closedAt: null,
  ...changes,
});

describe('caseFactsProjection', () => {
  const spec = projectionSpec(caseFactsProjection);

  it('counts a breached case as open until it is closed with a satisfaction', () => {
    spec.given(opened, event(Service.slaBreached)).then([{ id: 'c-1', data: caseFact({ breached: true }) }]);
  });

  it('keeps the satisfaction of a closed case, and reopens it', () => {
    spec
      .given(
        opened,
        event(Service.caseResolved),
        event(Service.caseClosed, { satisfaction: 4, closedAt: '2026-01-03T09:00:00.000Z' }),
        event(Service.caseReopened),
      )
      .then([{ id: 'c-1', data: caseFact({ satisfaction: 4 }) }]);
  });
});
