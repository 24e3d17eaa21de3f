import { DeciderSpec } from '@crm/testing';
import {
  changeStage,
  CUSTOMER_ID,
  lose,
  lost,
  OPENED_AT,
  openOpportunity,
  OPPORTUNITY_ID,
  opportunityOpened,
  win,
  won,
} from './opportunity.builders';
import { decideOpportunity, opportunityDecider } from './opportunity.decider';
import { evolveOpportunity, initialOpportunityState } from './opportunity.evolve';
import type { OpportunityEvent } from './opportunity.events';
import { timeInStages } from './stage-durations';

const toProposal: OpportunityEvent = {
  type: 'sales.OpportunityStageChanged',
  data: {
    opportunityId: OPPORTUNITY_ID,
    customerId: CUSTOMER_ID,
    from: 'lead',
    to: 'proposal',
    probability: 0.5,
    changedAt: '2025-01-11T09:00:00.000Z',
  },
};

describe(decideOpportunity.name, () => {
  const given = DeciderSpec.for(opportunityDecider);

  describe('OpenOpportunity', () => {
    it('opens a lead with the lead probability by default', () => {
      given([]).when(openOpportunity()).then([opportunityOpened()]);
    });

    it('takes the stage probability of the stage it opens in, or the one given', () => {
      given([])
        .when(openOpportunity({ stage: 'negotiation' }))
        .then([opportunityOpened({ stage: 'negotiation', probability: 0.75 })]);
      given([])
        .when(openOpportunity({ stage: 'qualified', probability: 0.3 }))
        .then([opportunityOpened({ stage: 'qualified', probability: 0.3 })]);
    });

    it('normalises name, money and close date', () => {
      given([])
        .when(
          openOpportunity({
            name: ' Fleet  renewal ',
            amount: { amount: '12000', currency: 'eur' },
            expectedCloseDate: '2025-03-31',
          }),
        )
        .then([opportunityOpened({ expectedCloseDate: '2025-03-31' })]);
    });

    it.each(['won', 'lost'] as const)('rejects opening as %s', (stage) => {
      given([]).when(openOpportunity({ stage })).thenThrows('OPPORTUNITY.INVALID_STAGE');
    });

    it.each([-0.1, 1.5, Number.NaN])('rejects the probability %s', (probability) => {
      given([]).when(openOpportunity({ probability })).thenThrows('OPPORTUNITY.INVALID_PROBABILITY');
    });

    it.each(['2025-02-30', '31.03.2025', '2025-3-1'])('rejects the close date %s', (expectedCloseDate) => {
      given([]).when(openOpportunity({ expectedCloseDate })).thenThrows('OPPORTUNITY.INVALID_CLOSE_DATE');
    });

    it('rejects a bad amount and opening twice', () => {
      given([])
        .when(openOpportunity({ amount: { amount: '-5', currency: 'EUR' } }))
        .thenThrows('SALES.INVALID_AMOUNT');
      given([opportunityOpened()]).when(openOpportunity()).thenThrows('OPPORTUNITY.ALREADY_OPENED');
    });
  });

  describe('ChangeOpportunityStage', () => {
    it('moves to another open stage, forwards or back, with that stage probability', () => {
      given([opportunityOpened()]).when(changeStage('proposal')).then([toProposal]);
      given([opportunityOpened(), toProposal])
        .when(changeStage('qualified', '2025-01-12T09:00:00.000Z'))
        .then([
          {
            type: 'sales.OpportunityStageChanged',
            data: {
              opportunityId: OPPORTUNITY_ID,
              customerId: CUSTOMER_ID,
              from: 'proposal',
              to: 'qualified',
              probability: 0.25,
              changedAt: '2025-01-12T09:00:00.000Z',
            },
          },
        ]);
    });

    it('yields nothing when the stage does not change', () => {
      given([opportunityOpened()]).when(changeStage('lead')).then([]);
    });

    it.each(['won', 'lost'] as const)('rejects moving to %s by stage change', (stage) => {
      given([opportunityOpened()]).when(changeStage(stage)).thenThrows('OPPORTUNITY.INVALID_STAGE');
    });

    it('rejects an unknown opportunity, or one of another tenant', () => {
      given([]).when(changeStage('proposal')).thenThrows('OPPORTUNITY.NOT_FOUND');
      given([opportunityOpened({ tenantId: 'tenant-2' })])
        .when(changeStage('proposal'))
        .thenThrows('OPPORTUNITY.NOT_FOUND');
    });
  });

  describe('WinOpportunity and LoseOpportunity', () => {
    it('wins with the amount and an optional reason', () => {
      given([opportunityOpened()]).when(win()).then([won]);
      given([opportunityOpened()])
        .when(win(' Best price '))
        .then([{ ...won, data: { ...won.data, reason: 'Best price' } } as OpportunityEvent]);
    });

    it('loses with a required reason', () => {
      given([opportunityOpened()]).when(lose(' Budget cut ')).then([lost]);
      given([opportunityOpened()]).when(lose('  ')).thenThrows('OPPORTUNITY.REASON_REQUIRED');
    });

    it.each([
      ['win a lost', [lost], win()],
      ['lose a won', [won], lose('Too late')],
      ['win a won', [won], win()],
      ['change the stage of a lost', [lost], changeStage('proposal')],
      ['change the stage of a won', [won], changeStage('proposal')],
    ] as const)('refuses to %s opportunity: OPPORTUNITY.ALREADY_CLOSED', (_case, events, command) => {
      given([opportunityOpened(), ...events])
        .when(command)
        .thenThrows('OPPORTUNITY.ALREADY_CLOSED');
    });
  });

  describe(timeInStages.name, () => {
    it('sums the seconds of every visit to a stage and counts the current one up to now', () => {
      const back: OpportunityEvent = {
        type: 'sales.OpportunityStageChanged',
        data: {
          ...toProposal.data,
          from: 'proposal',
          to: 'lead',
          probability: 0.1,
          changedAt: '2025-01-11T10:00:00.000Z',
        },
      };
      const state = [opportunityOpened(), toProposal, back].reduce(
        evolveOpportunity,
        initialOpportunityState(),
      );
      if (state.kind !== 'opened') throw new Error('not opened');
      expect(timeInStages(state.opportunity.stageHistory, '2025-01-11T10:00:30.000Z')).toEqual({
        lead: 86_400 + 30,
        proposal: 3600,
      });
      expect(state.opportunity.stageHistory[0]).toEqual({
        stage: 'lead',
        enteredAt: OPENED_AT,
        leftAt: '2025-01-11T09:00:00.000Z',
      });
    });

    it('stops counting at the close', () => {
      const state = [opportunityOpened(), won].reduce(evolveOpportunity, initialOpportunityState());
      if (state.kind !== 'opened') throw new Error('not opened');
      expect(timeInStages(state.opportunity.stageHistory, '2026-01-01T00:00:00.000Z')).toEqual({
        lead: 10 * 86_400,
      });
      expect(state.opportunity).toMatchObject({
        stage: 'won',
        probability: 1,
        closedAt: '2025-01-20T09:00:00.000Z',
      });
    });
  });
});
