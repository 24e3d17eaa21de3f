import { assertFiniteValues, type NumericValues } from './finite-values';
import { minimumFrom, selectInPlace } from './selection';

/** An ascending copy of the values (NaN and infinities rejected). */
export function sortedCopy(values: NumericValues): Float64Array {
  assertFiniteValues(values);
  return Float64Array.from(values).sort();
}

/**
 * Quantile of already ascending values by linear interpolation between order statistics:
 * Hyndman-Fan type 7, the default of R's quantile(), numpy.quantile and pandas. Position h = (n-1)p.
 */
export function quantileOfSorted(sorted: Float64Array, probability: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty sample is undefined');
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError(`quantile probability must be within [0, 1], got ${probability}`);
  }
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  const fraction = position - below;
  // numpy's _lerp: interpolate from the nearer end so results match bit for bit.
  const difference = upper - lower;
  return fraction >= 0.5 ? upper - difference * (1 - fraction) : lower + difference * fraction;
}

/**
 * Type 7 quantiles (see quantileOfSorted) of unsorted values. Selects the needed order statistics in
 * one copy in expected O(n) per probability, as numpy's partition does, instead of sorting.
 */
export function quantiles(values: NumericValues, probabilities: readonly number[]): number[] {
  assertFiniteValues(values);
  if (values.length === 0) throw new RangeError('quantile of an empty sample is undefined');
  const work = Float64Array.from(values);
  const last = work.length - 1;
  const byPosition = probabilities.map((probability, index) => {
    if (!(probability >= 0 && probability <= 1)) {
      throw new RangeError(`quantile probability must be within [0, 1], got ${probability}`);
    }
    return { index, position: last * probability };
  });
  byPosition.sort((a, b) => a.position - b.position);
  const results = new Array<number>(probabilities.length);
  let settled = 0;
  for (const { index, position } of byPosition) {
    const below = Math.floor(position);
    // Selections move left to right: everything before `settled` is already in final order.
    selectInPlace(work, below, settled, last);
    settled = below;
    const lower = work[below] as number;
    const upper = below < last ? minimumFrom(work, below + 1) : lower;
    const fraction = position - below;
    const difference = upper - lower;
    results[index] = fraction >= 0.5 ? upper - difference * (1 - fraction) : lower + difference * fraction;
  }
  return results;
}

export function quantile(values: NumericValues, probability: number): number {
  return quantiles(values, [probability])[0] as number;
}

/** The middle order statistic, or the mean of the two middle ones. */
export function median(values: NumericValues): number {
  return quantile(values, 0.5);
}
