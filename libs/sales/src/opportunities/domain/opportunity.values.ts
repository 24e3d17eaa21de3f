/** The pipeline, in order. `won` and `lost` close an opportunity; every other stage is open. */
export const OPPORTUNITY_STAGES = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];

export const OPEN_STAGES = ['lead', 'qualified', 'proposal', 'negotiation'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];

/**
 * Win probability by stage, used unless the opener sets one (decision 0018). A stage change resets
 * the probability to the new stage's default: a hand-set figure belongs to the stage it was set in.
 */
export const STAGE_PROBABILITY: Readonly<Record<OpportunityStage, number>> = {
  lead: 0.1,
  qualified: 0.25,
  proposal: 0.5,
  negotiation: 0.75,
  won: 1,
  lost: 0,
};

export const DEFAULT_STAGE: OpenStage = 'lead';
export const MAX_OPPORTUNITY_NAME_LENGTH = 200;
export const MAX_REASON_LENGTH = 500;

export function isOpenStage(stage: OpportunityStage): stage is OpenStage {
  return (OPEN_STAGES as readonly string[]).includes(stage);
}

/** One stretch of time an opportunity spent in a stage; `leftAt` is null for the stage it is in now. */
export interface StagePeriod {
  readonly stage: OpportunityStage;
  readonly enteredAt: string;
  readonly leftAt: string | null;
}
