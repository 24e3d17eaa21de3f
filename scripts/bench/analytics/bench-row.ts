/** One line of the analytics benchmark table: our time, the reference's time, measured in the same run. */
export interface BenchRow {
  readonly name: string;
  /** Seconds, best of the repeats. */
  readonly ours: number;
  /** Seconds for the baseline, best of the repeats; null when the case has no peer (scale runs). */
  readonly baseline: number | null;
  /** e.g. "scikit-learn 1.6.1 KMeans(lloyd)". */
  readonly baselineName: string;
  /** e.g. "<= 1.5x scikit-learn" or "< 30 s, < 2 GB". */
  readonly target: string;
  readonly pass: boolean;
  /** Extra facts a reader checks: inertia, itemset counts, peak memory. */
  readonly notes?: string;
}
