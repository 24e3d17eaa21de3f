import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quantiles, RunningMoments, SeededRandom } from '@crm/analytics';
import { type BenchRow } from './bench-row';

const VALUES = Number(process.env['BENCH_DESCRIPTIVE_VALUES'] ?? 10_000_000);
const REPEATS = 3;

interface NumpySummary {
  readonly seconds: number;
  readonly numpy: string;
  readonly mean: number;
  readonly variance: number;
  readonly skewness: number;
  readonly quartiles: number[];
}

/** Mean, variance, skewness and quartiles of 10M log-normal values: ours against numpy/scipy. */
export function runDescriptiveBenchmarks(python: string, root: string): BenchRow[] {
  const random = new SeededRandom(2025);
  const values = Float64Array.from({ length: VALUES }, () => Math.exp(random.nextGaussian()));
  let best = Number.POSITIVE_INFINITY;
  let ours = { mean: 0, variance: 0, skewness: 0, quartiles: [0] };
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const started = performance.now();
    const moments = RunningMoments.of(values);
    ours = {
      mean: moments.mean ?? Number.NaN,
      variance: moments.variance() ?? Number.NaN,
      skewness: moments.skewness() ?? Number.NaN,
      quartiles: quantiles(values, [0.25, 0.5, 0.75]),
    };
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  const folder = mkdtempSync(join(tmpdir(), 'descriptive-bench-'));
  try {
    const file = join(folder, 'values.f64');
    writeFileSync(file, new Uint8Array(values.buffer));
    const script = join(root, 'libs/analytics/reference/stats_bench.py');
    const baseline = JSON.parse(
      execFileSync(python, [script, file, String(REPEATS)], { encoding: 'utf8' }),
    ) as NumpySummary;
    const agree =
      relativeGap(ours.mean, baseline.mean) < 1e-12 &&
      relativeGap(ours.variance, baseline.variance) < 1e-10 &&
      relativeGap(ours.skewness, baseline.skewness) < 1e-8 &&
      ours.quartiles.every((value, index) => value === baseline.quartiles[index]);
    const ratio = best / baseline.seconds;
    return [
      {
        name: `describe ${VALUES.toLocaleString('en')} values (mean, var, skew, quartiles)`,
        ours: best,
        baseline: baseline.seconds,
        baselineName: `numpy ${baseline.numpy} mean/var/quantile + scipy skew`,
        target: '<= 3x numpy, same figures',
        pass: agree && ratio <= 3,
        notes: `figures ${agree ? 'agree' : 'DIFFER'}; median ${ours.quartiles[1]?.toPrecision(8) ?? '?'}`,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function relativeGap(ours: number, theirs: number): number {
  return Math.abs(ours - theirs) / Math.max(1, Math.abs(theirs));
}
