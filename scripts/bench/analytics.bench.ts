import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { type BenchRow } from './analytics/bench-row';
import { runClusteringBenchmarks } from './analytics/clustering.bench';
import { runDescriptiveBenchmarks } from './analytics/descriptive.bench';
import { runItemsetBenchmarks } from './analytics/itemsets.bench';
import { runPredictionBenchmarks } from './analytics/prediction.bench';
import { writeReport } from './analytics/report';

// bench:analytics — every analytics algorithm against its reference implementation, timed in one run.
const root = resolve(__dirname, '../../..');

async function main(): Promise<void> {
  process.stdout.write('Ensuring the Python reference environment (first run installs it)...\n');
  const python = execFileSync('bash', [join(root, 'libs/analytics/reference/ensure-venv.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  const rows: BenchRow[] = [];
  const sections: [string, () => Promise<BenchRow[]> | BenchRow[]][] = [
    ['descriptive', () => runDescriptiveBenchmarks(python, root)],
    ['clustering', runClusteringBenchmarks],
    ['itemsets', runItemsetBenchmarks],
    ['prediction', runPredictionBenchmarks],
  ];
  for (const [section, run] of sections) {
    process.stdout.write(`Running ${section} benchmarks...\n`);
    rows.push(...(await run()));
  }
  writeReport(rows, join(root, 'docs/benchmarks/analytics.md'));
  if (rows.some((row) => !row.pass)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
