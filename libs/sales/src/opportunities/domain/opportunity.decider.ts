import { assertNever, type Decider } from '@crm/core';
import { normalizeMoney, normalizeOptionalText, normalizeText, SalesError } from '../../shared/domain';
import type {
  ChangeOpportunityStage,
  LoseOpportunity,
  OpenOpportunity,
  OpportunityCommand,
  WinOpportunity,
} from './opportunity.commands';
import type { OpportunityEvent } from './opportunity.events';
import { evolveOpportunity, initialOpportunityState } from './opportunity.evolve';
import type { Opportunity, OpportunityState } from './opportunity.state';
import {
  DEFAULT_STAGE,
  isOpenStage,
  MAX_OPPORTUNITY_NAME_LENGTH,
  MAX_REASON_LENGTH,
  STAGE_PROBABILITY,
  type OpenStage,
} from './opportunity.values';

const MAX_OWNER_ID_LENGTH = 200;

export function decideOpportunity(command: OpportunityCommand, state: OpportunityState): OpportunityEvent[] {
  switch (command.type) {
    case 'OpenOpportunity':
      return openOpportunity(command, state);
    case 'ChangeOpportunityStage':
      return changeStage(command, state);
    case 'WinOpportunity':
      return win(command, state);
    case 'LoseOpportunity':
      return lose(command, state);
    default:
      return assertNever(command);
  }
}

/** The opportunity aggregate: one stream per opportunity, `sales.opportunity-<id>`. */
export const opportunityDecider: Decider<OpportunityState, OpportunityCommand, OpportunityEvent> = {
  initialState: initialOpportunityState,
  evolve: evolveOpportunity,
  decide: decideOpportunity,
};

function openOpportunity(command: OpenOpportunity, state: OpportunityState): OpportunityEvent[] {
  const { data } = command;
  if (state.kind !== 'none') {
    throw new SalesError('OPPORTUNITY.ALREADY_OPENED', `Opportunity ${data.opportunityId} already exists`);
  }
  const stage = data.stage ?? DEFAULT_STAGE;
  if (!isOpenStage(stage)) {
    throw new SalesError(
      'OPPORTUNITY.INVALID_STAGE',
      'An opportunity opens in an open stage; win or lose it afterwards',
      'stage',
    );
  }
  return [
    {
      type: 'sales.OpportunityOpened',
      data: {
        opportunityId: data.opportunityId,
        tenantId: data.tenantId,
        customerId: data.customerId,
        name: normalizeText(data.name, 'name', MAX_OPPORTUNITY_NAME_LENGTH),
        stage,
        amount: normalizeMoney(data.amount, 'amount'),
        probability: probabilityOf(data.probability, stage),
        expectedCloseDate: normalizeCloseDate(data.expectedCloseDate),
        ownerId: normalizeOptionalText(data.ownerId, 'ownerId', MAX_OWNER_ID_LENGTH),
        openedAt: data.openedAt,
      },
    },
  ];
}

function changeStage(command: ChangeOpportunityStage, state: OpportunityState): OpportunityEvent[] {
  const { tenantId, opportunityId, stage, changedAt } = command.data;
  const { opportunity, from } = openOpportunityOf(state, tenantId, opportunityId);
  if (!isOpenStage(stage)) {
    throw new SalesError('OPPORTUNITY.INVALID_STAGE', `Use win or lose to move to ${stage}`, 'stage');
  }
  if (stage === from) return [];
  const { customerId } = opportunity;
  const probability = STAGE_PROBABILITY[stage];
  return [
    {
      type: 'sales.OpportunityStageChanged',
      data: { opportunityId, customerId, from, to: stage, probability, changedAt },
    },
  ];
}

function win(command: WinOpportunity, state: OpportunityState): OpportunityEvent[] {
  const { tenantId, opportunityId, reason, wonAt } = command.data;
  const { opportunity, from } = openOpportunityOf(state, tenantId, opportunityId);
  const { customerId, amount } = opportunity;
  return [
    {
      type: 'sales.OpportunityWon',
      data: {
        opportunityId,
        customerId,
        from,
        amount,
        reason: normalizeOptionalText(reason, 'reason', MAX_REASON_LENGTH),
        wonAt,
      },
    },
  ];
}

function lose(command: LoseOpportunity, state: OpportunityState): OpportunityEvent[] {
  const { tenantId, opportunityId, reason, lostAt } = command.data;
  const { opportunity, from } = openOpportunityOf(state, tenantId, opportunityId);
  if (reason.trim() === '') {
    throw new SalesError('OPPORTUNITY.REASON_REQUIRED', 'Say why the opportunity was lost', 'reason');
  }
  return [
    {
      type: 'sales.OpportunityLost',
      data: {
        opportunityId,
        customerId: opportunity.customerId,
        from,
        reason: normalizeText(reason, 'reason', MAX_REASON_LENGTH),
        lostAt,
      },
    },
  ];
}

/** An opportunity of the caller's tenant that is still open; another tenant's is reported as not found. */
function openOpportunityOf(
  state: OpportunityState,
  tenantId: string,
  opportunityId: string,
): { readonly opportunity: Opportunity; readonly from: OpenStage } {
  if (state.kind === 'none' || state.opportunity.tenantId !== tenantId) {
    throw new SalesError('OPPORTUNITY.NOT_FOUND', `Opportunity ${opportunityId} does not exist`);
  }
  const { opportunity } = state;
  if (!isOpenStage(opportunity.stage)) {
    throw new SalesError(
      'OPPORTUNITY.ALREADY_CLOSED',
      `Opportunity ${opportunityId} is ${opportunity.stage} and accepts no changes`,
    );
  }
  return { opportunity, from: opportunity.stage };
}

function probabilityOf(given: number | undefined, stage: OpenStage): number {
  if (given === undefined) return STAGE_PROBABILITY[stage];
  if (!Number.isFinite(given) || given < 0 || given > 1) {
    throw new SalesError(
      'OPPORTUNITY.INVALID_PROBABILITY',
      'probability must be between 0 and 1',
      'probability',
    );
  }
  return given;
}

function normalizeCloseDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const date = value.trim();
  const parsed = new Date(`${date}T00:00:00.000Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(parsed.getTime()) ||
    !parsed.toISOString().startsWith(date)
  ) {
    throw new SalesError(
      'OPPORTUNITY.INVALID_CLOSE_DATE',
      'expectedCloseDate must be a date, YYYY-MM-DD',
      'expectedCloseDate',
    );
  }
  return date;
}
