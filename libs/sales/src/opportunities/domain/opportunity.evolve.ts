import { assertNever } from '@crm/core';
import type { OpportunityEvent } from './opportunity.events';
import type { Opportunity, OpportunityState } from './opportunity.state';
import { STAGE_PROBABILITY, type OpportunityStage, type StagePeriod } from './opportunity.values';

export function initialOpportunityState(): OpportunityState {
  return { kind: 'none' };
}

export function evolveOpportunity(state: OpportunityState, event: OpportunityEvent): OpportunityState {
  switch (event.type) {
    case 'sales.OpportunityOpened': {
      const { data } = event;
      const opportunity: Opportunity = {
        ...data,
        stageHistory: [{ stage: data.stage, enteredAt: data.openedAt, leftAt: null }],
        closedAt: null,
        closeReason: null,
      };
      return { kind: 'opened', opportunity };
    }
    case 'sales.OpportunityStageChanged':
      return moved(state, event.data.to, event.data.changedAt, { probability: event.data.probability });
    case 'sales.OpportunityWon':
      return moved(state, 'won', event.data.wonAt, {
        probability: STAGE_PROBABILITY.won,
        closedAt: event.data.wonAt,
        closeReason: event.data.reason,
      });
    case 'sales.OpportunityLost':
      return moved(state, 'lost', event.data.lostAt, {
        probability: STAGE_PROBABILITY.lost,
        closedAt: event.data.lostAt,
        closeReason: event.data.reason,
      });
    default:
      return assertNever(event);
  }
}

function moved(
  state: OpportunityState,
  stage: OpportunityStage,
  at: string,
  changes: Partial<Opportunity>,
): OpportunityState {
  if (state.kind === 'none') return state;
  const { opportunity } = state;
  const stageHistory: StagePeriod[] = [
    ...opportunity.stageHistory.map((period) =>
      period.leftAt === null ? { ...period, leftAt: at } : period,
    ),
    { stage, enteredAt: at, leftAt: null },
  ];
  return { kind: 'opened', opportunity: { ...opportunity, ...changes, stage, stageHistory } };
}
