import { assertFiniteValues, type NumericValues } from '../descriptive/finite-values';
import { quantileOfSorted } from '../descriptive/quantiles';
import { RunningMoments } from '../descriptive/running-moments';

/** One group's share of a metric. `standardDeviation` is the sample estimate; null below two values. */
export interface GroupSummary {
  readonly group: string;
  readonly count: number;
  readonly sum: number;
  readonly mean: number;
  readonly median: number;
  readonly standardDeviation: number | null;
  readonly min: number;
  readonly max: number;
}

/**
 * Compares a metric across a dimension: `groups[i]` is the dimension value of row i and `values[i]`
 * its metric. Groups come back in ascending key order, as pandas groupby(sort=True) lists them.
 */
export function compareGroups(groups: readonly string[], values: NumericValues): GroupSummary[] {
  if (groups.length !== values.length) {
    throw new RangeError(`groups has ${groups.length} rows but values has ${values.length}`);
  }
  assertFiniteValues(values);
  const rowsByGroup = new Map<string, number[]>();
  groups.forEach((group, row) => {
    const rows = rowsByGroup.get(group);
    if (rows === undefined) rowsByGroup.set(group, [row]);
    else rows.push(row);
  });
  return [...rowsByGroup.keys()].sort(compareKeys).map((group) => {
    const rows = rowsByGroup.get(group) ?? [];
    const groupValues = Float64Array.from(rows, (row) => values[row] as number);
    return summarizeGroup(group, groupValues);
  });
}

/** Code-unit order, the order of JavaScript's default sort and close to Python's for BMP keys. */
export function compareKeys(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

function summarizeGroup(group: string, groupValues: Float64Array): GroupSummary {
  const moments = RunningMoments.of(groupValues);
  const sorted = groupValues.slice().sort();
  return {
    group,
    count: moments.count,
    sum: moments.sum,
    mean: moments.mean ?? 0,
    median: quantileOfSorted(sorted, 0.5),
    standardDeviation: moments.standardDeviation(),
    min: moments.min ?? 0,
    max: moments.max ?? 0,
  };
}
