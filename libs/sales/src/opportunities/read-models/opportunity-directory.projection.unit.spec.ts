import { projectionSpec, PROJECTION_SPEC_TENANT } from '@crm/testing';
import { opportunityStreamId } from '../application/opportunity-stream';
import {
  CUSTOMER_ID,
  OPENED_AT,
  OPPORTUNITY_ID,
  opportunityOpened,
  won,
} from '../domain/opportunity.builders';
import { opportunityDirectoryProjection } from './opportunity-directory.projection';
import type { OpportunityView } from './opportunity-view';

const streamId = opportunityStreamId(OPPORTUNITY_ID);
const opened = opportunityOpened({ tenantId: PROJECTION_SPEC_TENANT });
const view: OpportunityView = {
  id: OPPORTUNITY_ID,
  customerId: CUSTOMER_ID,
  name: 'Fleet renewal',
  amount: { amount: '12000.00', currency: 'EUR' },
  stage: 'lead',
  probability: 0.1,
  expectedCloseDate: null,
  ownerId: 'user-1',
  openedAt: OPENED_AT,
  stageHistory: [{ stage: 'lead', enteredAt: OPENED_AT, leftAt: null }],
  closed: false,
  closedAt: null,
  closeReason: null,
  version: 1,
};

describe('opportunityDirectoryProjection', () => {
  const spec = projectionSpec(opportunityDirectoryProjection);

  it('creates the entry when an opportunity opens', () => {
    spec.given({ ...opened, streamId }).then([{ id: OPPORTUNITY_ID, data: view }]);
  });

  it('applies a stage change and the win exactly once, closing the stage history', () => {
    const changedAt = '2025-01-11T09:00:00.000Z';
    const stageChanged = {
      opportunityId: OPPORTUNITY_ID,
      customerId: CUSTOMER_ID,
      from: 'lead',
      to: 'proposal',
      probability: 0.5,
      changedAt,
    };
    const wonAt = '2025-01-20T09:00:00.000Z';
    spec
      .given(
        { ...opened, streamId },
        { type: 'sales.OpportunityStageChanged', streamId, data: stageChanged },
        { ...won, streamId, data: { ...won.data, from: 'proposal', reason: 'Price' } },
      )
      .then([
        {
          id: OPPORTUNITY_ID,
          data: {
            ...view,
            stage: 'won',
            probability: 1,
            stageHistory: [
              { stage: 'lead', enteredAt: OPENED_AT, leftAt: changedAt },
              { stage: 'proposal', enteredAt: changedAt, leftAt: wonAt },
              { stage: 'won', enteredAt: wonAt, leftAt: null },
            ],
            closed: true,
            closedAt: wonAt,
            closeReason: 'Price',
            version: 3,
          },
        },
      ]);
  });

  it('ignores events of other aggregates', () => {
    spec
      .given({ type: 'sales.ProductRegistered', streamId: 'sales.product-1', data: { productId: 'p' } })
      .then([]);
  });
});
