import { DeciderSpec } from '@crm/testing';
import {
  CAMPAIGN_ID,
  campaignCompleted,
  campaignCreated,
  campaignLaunched,
  completeCampaign,
  createCampaign,
  launchCampaign,
  recordResponse,
  responseRecorded,
} from './campaign.builders';
import { campaignDecider } from './campaign.decider';

const given = DeciderSpec.for(campaignDecider);

describe('campaignDecider', () => {
  describe('CreateCampaign', () => {
    it('creates a draft with a normalised name, exact budget and period', () => {
      given([])
        .when(
          createCampaign({
            name: '  Spring   launch ',
            budget: { amount: '1500', currency: 'eur' },
            targetSegmentId: ' segment-7 ',
          }),
        )
        .then([campaignCreated({ targetSegmentId: 'segment-7' })]);
    });

    it('keeps the currency minor units: JPY has none, BHD three', () => {
      given([])
        .when(createCampaign({ budget: { amount: '250000', currency: 'JPY' } }))
        .then([campaignCreated({ budget: { amount: '250000', currency: 'JPY' } })]);
      given([])
        .when(createCampaign({ budget: { amount: '12.345', currency: 'BHD' } }))
        .then([campaignCreated({ budget: { amount: '12.345', currency: 'BHD' } })]);
    });

    it.each([
      ['a negative amount', { amount: '-1', currency: 'EUR' }],
      ['a float-looking exponent', { amount: '1e3', currency: 'EUR' }],
      ['more cents than the currency has', { amount: '10.001', currency: 'EUR' }],
      ['fractions of yen', { amount: '10.5', currency: 'JPY' }],
      ['an unknown currency', { amount: '10', currency: 'XYZ' }],
    ])('rejects %s as an invalid budget', (_case, budget) => {
      given([]).when(createCampaign({ budget })).thenThrows('CAMPAIGN.INVALID_BUDGET');
    });

    it('rejects a period that ends before it starts', () => {
      given([])
        .when(createCampaign({ period: { from: '2025-05-01', to: '2025-04-30' } }))
        .thenThrows('CAMPAIGN.INVALID_PERIOD');
    });

    it.each(['2025-02-30', '2025-13-45', '2025-3-1'])('rejects %s, which is not a calendar date', (from) => {
      given([])
        .when(createCampaign({ period: { from, to: '2025-04-30' } }))
        .thenThrows('CAMPAIGN.INVALID_PERIOD');
    });

    it('accepts a one-day campaign', () => {
      const period = { from: '2025-03-03', to: '2025-03-03' };
      given([])
        .when(createCampaign({ period }))
        .then([campaignCreated({ period })]);
    });

    it('rejects a blank name and an overlong target segment', () => {
      given([])
        .when(createCampaign({ name: '  ' }))
        .thenThrows('CAMPAIGN.INVALID_NAME');
      given([])
        .when(createCampaign({ targetSegmentId: 'x'.repeat(201) }))
        .thenThrows('CAMPAIGN.INVALID_TARGET_SEGMENT');
    });

    it('rejects creating the same campaign twice', () => {
      given([campaignCreated()]).when(createCampaign()).thenThrows('CAMPAIGN.ALREADY_CREATED');
    });
  });

  describe('LaunchCampaign', () => {
    it('launches a draft', () => {
      given([campaignCreated()]).when(launchCampaign()).then([campaignLaunched()]);
    });

    it('rejects launching twice', () => {
      given([campaignCreated(), campaignLaunched()])
        .when(launchCampaign())
        .thenThrows('CAMPAIGN.ALREADY_LAUNCHED');
    });

    it('rejects launching a completed campaign', () => {
      given([campaignCreated(), campaignLaunched(), campaignCompleted()])
        .when(launchCampaign())
        .thenThrows('CAMPAIGN.ALREADY_COMPLETED');
    });

    it("reports another tenant's campaign as not found", () => {
      given([campaignCreated()])
        .when(launchCampaign({ tenantId: 'tenant-2' }))
        .thenThrows('CAMPAIGN.NOT_FOUND');
      given([]).when(launchCampaign()).thenThrows('CAMPAIGN.NOT_FOUND');
    });
  });

  describe('CompleteCampaign', () => {
    it('completes a running campaign', () => {
      given([campaignCreated(), campaignLaunched()]).when(completeCampaign()).then([campaignCompleted()]);
    });

    it('rejects completing a draft', () => {
      given([campaignCreated()]).when(completeCampaign()).thenThrows('CAMPAIGN.NOT_LAUNCHED');
    });

    it('rejects completing twice', () => {
      given([campaignCreated(), campaignLaunched(), campaignCompleted()])
        .when(completeCampaign())
        .thenThrows('CAMPAIGN.ALREADY_COMPLETED');
    });
  });

  describe('RecordCampaignResponse', () => {
    const running = [campaignCreated(), campaignLaunched()];

    it('records a response from a lead', () => {
      given(running)
        .when(recordResponse({ kind: 'clicked', leadId: 'lead-1', occurredAt: '2025-03-04T11:00:00+01:00' }))
        .then([responseRecorded({ kind: 'clicked', leadId: 'lead-1' })]);
    });

    it('rejects responses on a draft campaign', () => {
      given([campaignCreated()]).when(recordResponse()).thenThrows('CAMPAIGN.NOT_LAUNCHED');
    });

    it('accepts a late response on a completed campaign', () => {
      given([...running, campaignCompleted()])
        .when(
          recordResponse({ occurredAt: '2025-05-02T10:00:00.000Z', recordedAt: '2025-05-02T10:00:00.000Z' }),
        )
        .then([responseRecorded({ occurredAt: '2025-05-02T10:00:00.000Z' })]);
    });

    it('rejects a response before the launch, beyond clock skew', () => {
      given(running)
        .when(recordResponse({ occurredAt: '2025-03-03T08:54:59.999Z' }))
        .thenThrows('CAMPAIGN.RESPONSE_BEFORE_LAUNCH');
      given(running)
        .when(recordResponse({ occurredAt: '2025-03-03T08:59:59.000Z' }))
        .then([responseRecorded({ occurredAt: '2025-03-03T08:59:59.000Z' })]);
    });

    it('rejects a response in the future and an unreadable instant', () => {
      given(running)
        .when(recordResponse({ occurredAt: '2025-03-04T11:00:00.000Z' }))
        .thenThrows('CAMPAIGN.RESPONSE_IN_FUTURE');
      given(running)
        .when(recordResponse({ occurredAt: 'yesterday' }))
        .thenThrows('CAMPAIGN.INVALID_OCCURRED_AT');
    });

    it('rejects a response naming both a customer and a lead', () => {
      given(running)
        .when(recordResponse({ customerId: 'customer-1', leadId: 'lead-1' }))
        .thenThrows('CAMPAIGN.AMBIGUOUS_RESPONDENT');
    });

    it('counts responses per kind in the state', () => {
      const state = [
        ...running,
        responseRecorded({ kind: 'opened' }),
        responseRecorded({ kind: 'opened' }),
        responseRecorded({ kind: 'converted' }),
      ].reduce(campaignDecider.evolve, campaignDecider.initialState());
      expect(state.kind === 'created' && state.campaign.responses).toEqual({
        opened: 2,
        clicked: 0,
        replied: 0,
        converted: 1,
      });
      expect(state.kind === 'created' && state.campaign.campaignId).toBe(CAMPAIGN_ID);
    });
  });
});
