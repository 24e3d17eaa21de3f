import { type NumericValues } from '../descriptive/finite-values';
import { assertPaired, pearson } from './pearson';
import { averageRanks } from './ranks';

/** Spearman's ρ: Pearson's r of average ranks (ties share a rank); null when either variable is constant. */
export function spearman(x: NumericValues, y: NumericValues): number | null {
  assertPaired(x, y);
  return pearson(averageRanks(x), averageRanks(y));
}
