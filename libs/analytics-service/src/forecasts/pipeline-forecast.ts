import type { OpportunityFact } from '../feature-store/opportunity-facts.projection';

export interface PipelinePeriod {
  /** `YYYY-MM` of the expected close date; `unscheduled` when the opportunity names none. */
  readonly period: string;
  readonly currency: string;
  readonly opportunities: number;
  readonly amount: number;
  /** Σ amount × probability: what the open pipeline is expected to bring in. */
  readonly weightedAmount: number;
}

export interface PipelineForecast {
  readonly openOpportunities: number;
  readonly weightedTotal: readonly { readonly currency: string; readonly amount: number }[];
  readonly byStage: readonly {
    readonly stage: string;
    readonly opportunities: number;
    readonly weightedAmount: number;
  }[];
  readonly byPeriod: readonly PipelinePeriod[];
}

/** The weighted pipeline of the opportunities still open, by expected close month and by stage. */
export function pipelineForecast(opportunities: readonly OpportunityFact[]): PipelineForecast {
  const open = opportunities.filter((fact) => fact.stage !== 'won' && fact.stage !== 'lost');
  const periods = new Map<string, PipelinePeriod>();
  const stages = new Map<string, { stage: string; opportunities: number; weightedAmount: number }>();
  const totals = new Map<string, number>();
  for (const fact of open) {
    const weighted = fact.amount * fact.probability;
    const period = fact.expectedCloseDate?.slice(0, 7) ?? 'unscheduled';
    const key = `${period}|${fact.currency}`;
    const current = periods.get(key) ?? {
      period,
      currency: fact.currency,
      opportunities: 0,
      amount: 0,
      weightedAmount: 0,
    };
    periods.set(key, {
      ...current,
      opportunities: current.opportunities + 1,
      amount: current.amount + fact.amount,
      weightedAmount: current.weightedAmount + weighted,
    });
    const stage = stages.get(fact.stage) ?? { stage: fact.stage, opportunities: 0, weightedAmount: 0 };
    stages.set(fact.stage, {
      ...stage,
      opportunities: stage.opportunities + 1,
      weightedAmount: stage.weightedAmount + weighted,
    });
    totals.set(fact.currency, (totals.get(fact.currency) ?? 0) + weighted);
  }
  return {
    openOpportunities: open.length,
    weightedTotal: [...totals].sort().map(([currency, amount]) => ({ currency, amount })),
    byStage: [...stages.values()].sort((left, right) => left.stage.localeCompare(right.stage)),
    byPeriod: [...periods.values()].sort((left, right) => left.period.localeCompare(right.period)),
  };
}
