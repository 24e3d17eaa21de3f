import { secondsBetween } from '../../shared/domain';
import { OPEN_STAGES, type OpenStage, type StagePeriod } from './opportunity.values';

/**
 * Whole seconds spent in each open stage, summed over every visit. The stage the opportunity is in now
 * counts up to `now`; a closed opportunity's figures stop at the close.
 */
export function timeInStages(
  history: readonly StagePeriod[],
  now: string,
): Partial<Record<OpenStage, number>> {
  const totals: Partial<Record<OpenStage, number>> = {};
  for (const period of history) {
    const stage = OPEN_STAGES.find((open) => open === period.stage);
    if (stage === undefined) continue;
    totals[stage] = (totals[stage] ?? 0) + secondsBetween(period.enteredAt, period.leftAt ?? now);
  }
  return totals;
}
