import type { SteadyLoadResult } from './steady-load';

export interface LatencySummary {
  readonly count: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Nearest-rank percentiles; an empty sample reports NaN so it can never pass a target. */
export function summarizeLatencies(latenciesMs: readonly number[]): LatencySummary {
  const sorted = [...latenciesMs].sort((left, right) => left - right);
  const rank = (fraction: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
  return { count: sorted.length, p50Ms: rank(0.5), p99Ms: rank(0.99), maxMs: sorted.at(-1) ?? Number.NaN };
}

/** A command that failed or never became visible counts as infinitely slow, so it cannot hide from p99. */
export function summarizeLoad(load: SteadyLoadResult): LatencySummary {
  return summarizeLatencies([
    ...load.latenciesMs,
    ...Array<number>(load.failures).fill(Number.POSITIVE_INFINITY),
  ]);
}
