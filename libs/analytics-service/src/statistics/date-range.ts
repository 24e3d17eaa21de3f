import { AnalyticsError } from '../shared/analytics-error';

/** A half-open interval [from, to) of instants; absent ends are unbounded. */
export interface DateRange {
  readonly from: string | null;
  readonly to: string | null;
}

export function dateRangeOf(from: string | undefined, to: string | undefined): DateRange {
  if (from !== undefined && to !== undefined && Date.parse(from) >= Date.parse(to)) {
    throw new AnalyticsError('EMPTY_RANGE', 'validation', `from (${from}) must be before to (${to})`);
  }
  return { from: from ?? null, to: to ?? null };
}

export function inRange(range: DateRange, instant: string): boolean {
  const at = Date.parse(instant);
  return (
    (range.from === null || at >= Date.parse(range.from)) && (range.to === null || at < Date.parse(range.to))
  );
}
