import type { CampaignView } from '../read-models/campaign-view';
import type { CustomerOrderView } from '../read-models/customer-orders.projection';
import { campaignPerformanceOf } from './campaign-performance';

const campaign: CampaignView = {
  id: 'campaign-1',
  name: 'Spring launch',
  channel: 'email',
  budget: { amount: '300.00', currency: 'EUR' },
  period: { from: '2025-03-01', to: '2025-03-31' },
  targetSegmentId: null,
  status: 'active',
  responses: { opened: 3, clicked: 1, replied: 0, converted: 1 },
  createdAt: '2025-02-20T00:00:00.000Z',
  launchedAt: '2025-03-01T00:00:00.000Z',
  completedAt: null,
  version: 6,
};

function order(orderId: string, customerId: string, amount: string, paidAt: string): CustomerOrderView {
  return {
    orderId,
    customerId,
    paid: { amount, currency: 'EUR' },
    paidAt,
    cancelledAfterPayment: false,
    returned: null,
  };
}

const conversions = [
  { customerId: 'customer-a', convertedAt: '2025-03-10T00:00:00.000Z' },
  { customerId: 'customer-b', convertedAt: '2025-03-20T00:00:00.000Z' },
];

describe(campaignPerformanceOf.name, () => {
  it('adds exact net revenue inside the window and computes ROI on the budget', () => {
    const performance = campaignPerformanceOf(
      campaign,
      4,
      conversions,
      [
        order('o-1', 'customer-a', '0.10', '2025-03-11T00:00:00.000Z'),
        order('o-2', 'customer-a', '0.20', '2025-06-08T00:00:00.000Z'), // day 90: still inside
        order('o-3', 'customer-a', '1000.00', '2025-06-08T00:00:01.000Z'), // just outside
        {
          ...order('o-4', 'customer-b', '400.00', '2025-03-21T00:00:00.000Z'),
          returned: { amount: '100.00', currency: 'EUR' },
        },
        { ...order('o-5', 'customer-b', '999.99', '2025-03-22T00:00:00.000Z'), cancelledAfterPayment: true },
        order('o-6', 'customer-b', '50.00', '2025-03-19T00:00:00.000Z'), // before conversion
        order('o-7', 'stranger', '5000.00', '2025-03-21T00:00:00.000Z'),
        {
          ...order('o-8', 'customer-b', '10', '2025-03-23T00:00:00.000Z'),
          paid: { amount: '10', currency: 'USD' },
        },
      ],
      90,
    );
    expect(performance).toEqual({
      campaignId: 'campaign-1',
      status: 'active',
      responses: campaign.responses,
      leads: 4,
      conversions: 2,
      attributionWindowDays: 90,
      attributedRevenue: { amount: '300.30', currency: 'EUR' },
      revenueInOtherCurrencies: [{ amount: '10.00', currency: 'USD' }],
      cost: { amount: '300.00', currency: 'EUR' },
      roi: '0.0010',
      attributedOrders: 5,
    });
  });

  it('has no ROI for a campaign that cost nothing, and a loss as a negative ROI', () => {
    const free = campaignPerformanceOf(
      { ...campaign, budget: { amount: '0.00', currency: 'EUR' } },
      0,
      [],
      [],
      90,
    );
    expect(free.roi).toBeNull();
    expect(free.attributedRevenue).toEqual({ amount: '0.00', currency: 'EUR' });
    const loss = campaignPerformanceOf(
      campaign,
      1,
      conversions.slice(0, 1),
      [order('o-1', 'customer-a', '100.00', '2025-03-11T00:00:00.000Z')],
      90,
    );
    expect(loss.roi).toBe('-0.6667');
  });

  it('honours a shorter window', () => {
    const performance = campaignPerformanceOf(
      campaign,
      1,
      conversions.slice(0, 1),
      [
        order('o-1', 'customer-a', '10.00', '2025-03-11T00:00:00.000Z'),
        order('o-2', 'customer-a', '10.00', '2025-03-12T00:00:00.001Z'),
      ],
      2,
    );
    expect(performance.attributedRevenue.amount).toBe('10.00');
  });
});
