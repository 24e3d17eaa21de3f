import {
  CustomerIntegrationEventTypes as Customers,
  MarketingIntegrationEventTypes as Marketing,
} from '@crm/contracts';
import { projectionSpec } from '@crm/testing';
import { campaignResponseFactsProjection } from './campaign-response-facts.projection';
import { customerProfileProjection } from './customer-profile.projection';

const stream = 'customer.customer-customer-1';
const registered = {
  type: Customers.customerRegistered,
  streamId: stream,
  data: {
    customerId: 'customer-1',
    channel: 'direct',
    status: 'active',
    location: { country: 'DE', region: 'Bavaria', city: 'Munich' },
    registeredAt: '2025-06-01T00:00:00.000Z',
  },
};
const interaction = (channel: string) => ({
  type: Customers.interactionLogged,
  streamId: stream,
  data: { customerId: 'customer-1', channel },
});

describe('customerProfileProjection', () => {
  it('counts interactions by channel and follows channel changes', () => {
    projectionSpec(customerProfileProjection)
      .given(registered, interaction('phone'), interaction('email'), interaction('phone'), {
        type: Customers.customerUpdated,
        streamId: stream,
        data: { customerId: 'customer-1', changes: { channel: { from: 'direct', to: 'partner' } } },
      })
      .then([
        {
          id: 'customer-1',
          data: {
            customerId: 'customer-1',
            channel: 'partner',
            region: 'Bavaria',
            status: 'active',
            registeredAt: '2025-06-01T00:00:00.000Z',
            archived: false,
            interactionsByChannel: { phone: 2, email: 1 },
          },
        },
      ]);
  });
});

describe('campaignResponseFactsProjection', () => {
  const response = (kind: string, customerId: string | null) => ({
    type: Marketing.campaignResponseRecorded,
    streamId: 'marketing.campaign-k-1',
    data: { campaignId: 'k-1', kind, customerId, leadId: null },
  });

  it('counts each customer’s responses and conversions to a campaign, leaving leads out', () => {
    projectionSpec(campaignResponseFactsProjection)
      .given(response('opened', 'customer-1'), response('converted', 'customer-1'), response('clicked', null))
      .then([
        {
          id: 'k-1:customer-1',
          data: { campaignId: 'k-1', customerId: 'customer-1', responses: 2, conversions: 1 },
        },
      ]);
  });
});
