import { regularizedIncompleteBeta } from './incomplete-beta';

/** Two-sided tail probability P(|T| >= |t|) of Student's t with `degreesOfFreedom` (> 0, may be fractional). */
export function studentTTwoSidedPValue(t: number, degreesOfFreedom: number): number {
  assertDegreesOfFreedom(degreesOfFreedom);
  if (Number.isNaN(t)) throw new RangeError('t statistic is NaN');
  if (!Number.isFinite(t)) return 0;
  const tSquared = t * t;
  const denominator = degreesOfFreedom + tSquared;
  return regularizedIncompleteBeta(
    degreesOfFreedom / 2,
    0.5,
    degreesOfFreedom / denominator,
    tSquared / denominator,
  );
}

/** Cumulative distribution P(T <= t) of Student's t with `degreesOfFreedom` (> 0, may be fractional). */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  const tail = studentTTwoSidedPValue(t, degreesOfFreedom) / 2;
  return t > 0 ? 1 - tail : tail;
}

function assertDegreesOfFreedom(degreesOfFreedom: number): void {
  if (!(degreesOfFreedom > 0)) {
    throw new RangeError(`degrees of freedom must be positive, got ${degreesOfFreedom}`);
  }
}
