import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  eclat,
  fpGrowth,
  parseBasketLines,
  TransactionSet,
  type FrequentItemsetResult,
} from '@crm/analytics';
import { type BenchRow } from './bench-row';

const minSupport = 0.001;
const twoGigabytes = 2 * 1024 ** 3;

interface MlxtendTimes {
  readonly version: string;
  readonly fpgrowth: { readonly seconds: number; readonly itemsets: number };
  readonly apriori: { readonly seconds: number; readonly itemsets: number };
}

interface ScaleRun {
  readonly generationSeconds: number;
  readonly miningSeconds: number;
  readonly itemsets: number;
  readonly countsByLength: number[];
  readonly peakRssBytes: number;
}

/** FP-Growth and Eclat on Groceries against mlxtend in the same run, and FP-Growth on 1M Quest baskets. */
export async function runItemsetBenchmarks(): Promise<BenchRow[]> {
  const root = repositoryRoot(__dirname);
  const datasetPath = join(root, 'libs/analytics/test-fixtures/itemsets/groceries.csv');
  const transactions = TransactionSet.fromBaskets(parseBasketLines(readFileSync(datasetPath, 'utf8')));
  const fp = bestOf(10, () => fpGrowth(transactions, { minSupport }));
  const vertical = bestOf(10, () => eclat(transactions, { minSupport }));
  const python = execFileSync(join(root, 'libs/analytics/reference/ensure-venv.sh'), {
    encoding: 'utf8',
  }).trim();
  const script = join(root, 'libs/analytics/reference/itemsets_benchmark.py');
  const mlxtend = JSON.parse(
    execFileSync(python, [script, datasetPath, String(minSupport), '3', '1'], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  ) as MlxtendTimes;
  const scale = await runScale();
  const groceriesRow = (name: string, ours: Timed, baseline: number, baselineName: string): BenchRow => ({
    name,
    ours: ours.seconds,
    baseline,
    baselineName,
    target: '< 0.2 s and >= 10x faster than mlxtend',
    pass: ours.seconds < 0.2 && baseline / ours.seconds >= 10,
    notes: `${ours.result.itemsets.length} itemsets (mlxtend ${mlxtend.fpgrowth.itemsets}); ${(baseline / ours.seconds).toFixed(1)}x`,
  });
  return [
    groceriesRow(
      'itemsets: FP-Growth, Groceries, minSupport 0.001',
      fp,
      mlxtend.fpgrowth.seconds,
      `mlxtend ${mlxtend.version} fpgrowth (tree + fpg_step, best of 3)`,
    ),
    groceriesRow(
      'itemsets: Eclat, Groceries, minSupport 0.001',
      vertical,
      mlxtend.apriori.seconds,
      `mlxtend ${mlxtend.version} apriori (1 run)`,
    ),
    {
      name: 'itemsets: FP-Growth, 1,000,000 Quest baskets (T10 I4 N1000), minSupport 0.01',
      ours: scale.miningSeconds,
      baseline: null,
      baselineName: 'none (scale run)',
      target: '< 30 s, < 2 GB',
      pass: scale.miningSeconds < 30 && scale.peakRssBytes < twoGigabytes,
      notes: `${scale.itemsets} itemsets (${scale.countsByLength.join('/')}); peak RSS ${(scale.peakRssBytes / 1024 ** 2).toFixed(0)} MB; generation ${scale.generationSeconds.toFixed(1)} s`,
    },
  ];
}

interface Timed {
  readonly seconds: number;
  readonly result: FrequentItemsetResult;
}

function bestOf(repeats: number, run: () => FrequentItemsetResult): Timed {
  let seconds = Number.POSITIVE_INFINITY;
  let result = run();
  for (let repeat = 0; repeat < repeats; repeat++) {
    const started = process.hrtime.bigint();
    result = run();
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return { seconds, result };
}

function runScale(): Promise<ScaleRun> {
  const worker = join(__dirname, 'itemsets-scale.worker.js');
  return Promise.resolve(
    JSON.parse(execFileSync(process.execPath, [worker], { encoding: 'utf8' })) as ScaleRun,
  );
}

function repositoryRoot(start: string): string {
  for (let directory = start; directory !== dirname(directory); directory = dirname(directory)) {
    const manifest = join(directory, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown }).workspaces
    ) {
      return directory;
    }
  }
  throw new Error(`no workspace package.json above ${start}`);
}
