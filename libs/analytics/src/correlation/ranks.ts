import { assertFiniteValues, type NumericValues } from '../descriptive/finite-values';

/** 1-based ranks with ties sharing their average rank, as scipy.stats.rankdata(method='average'). */
export function averageRanks(values: NumericValues): Float64Array {
  assertFiniteValues(values);
  const n = values.length;
  const order = new Uint32Array(n);
  for (let index = 0; index < n; index++) order[index] = index;
  order.sort((left, right) => (values[left] as number) - (values[right] as number));
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    const value = values[order[start] as number] as number;
    let end = start + 1;
    while (end < n && values[order[end] as number] === value) end++;
    // Positions start..end-1 hold one value; their ranks start+1..end average to this.
    const shared = (start + 1 + end) / 2;
    for (let position = start; position < end; position++) ranks[order[position] as number] = shared;
    start = end;
  }
  return ranks;
}
