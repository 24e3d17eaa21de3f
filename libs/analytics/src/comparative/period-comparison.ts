import { assertFiniteValues, type NumericValues } from '../descriptive/finite-values';
import { quantileOfSorted } from '../descriptive/quantiles';
import { RunningMoments } from '../descriptive/running-moments';
import { compareKeys } from './group-comparison';

/** How the rows of one period collapse into the period's figure. */
export type PeriodAggregate = 'sum' | 'mean' | 'median' | 'count';

export interface PeriodChange {
  readonly period: string;
  readonly value: number;
  /** value minus the previous period's value; null for the first period. */
  readonly absoluteChange: number | null;
  /** (value - previous) / previous, as pandas pct_change; null for the first period or a zero base. */
  readonly relativeChange: number | null;
}

export interface Change {
  readonly absolute: number;
  /** null when the base is zero: a relative change from nothing is not a number. */
  readonly relative: number | null;
}

/** Absolute and relative change from `base` to `current`. */
export function change(base: number, current: number): Change {
  const absolute = current - base;
  return { absolute, relative: base === 0 ? null : absolute / base };
}

/**
 * Compares a metric across periods: rows are grouped by `periods[i]` (keys that sort in time order,
 * such as "2025-03" or "2025-W14"), aggregated, and each period is compared with the one before it.
 */
export function compareAcrossPeriods(
  periods: readonly string[],
  values: NumericValues,
  aggregate: PeriodAggregate = 'sum',
): PeriodChange[] {
  if (periods.length !== values.length) {
    throw new RangeError(`periods has ${periods.length} rows but values has ${values.length}`);
  }
  assertFiniteValues(values);
  const valuesByPeriod = new Map<string, number[]>();
  periods.forEach((period, row) => {
    const bucket = valuesByPeriod.get(period);
    const value = values[row] as number;
    if (bucket === undefined) valuesByPeriod.set(period, [value]);
    else bucket.push(value);
  });
  let previous: number | null = null;
  return [...valuesByPeriod.keys()].sort(compareKeys).map((period) => {
    const value = aggregateValues(Float64Array.from(valuesByPeriod.get(period) ?? []), aggregate);
    const difference = previous === null ? null : change(previous, value);
    previous = value;
    return {
      period,
      value,
      absoluteChange: difference?.absolute ?? null,
      relativeChange: difference?.relative ?? null,
    };
  });
}

function aggregateValues(bucket: Float64Array, aggregate: PeriodAggregate): number {
  switch (aggregate) {
    case 'count':
      return bucket.length;
    case 'sum':
      return RunningMoments.of(bucket).sum;
    case 'mean':
      return RunningMoments.of(bucket).mean ?? 0;
    case 'median':
      return quantileOfSorted(bucket.slice().sort(), 0.5);
  }
}
