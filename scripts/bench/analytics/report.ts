import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { dirname } from 'node:path';
import { type BenchRow } from './bench-row';

/** Machine facts printed above the table: figures mean little without them. */
export function describeMachine(): string {
  const processors = cpus();
  const model = processors[0]?.model.trim() ?? 'unknown CPU';
  const memory = (totalmem() / 2 ** 30).toFixed(1);
  return `${model}, ${processors.length} cores, ${memory} GiB RAM, ${osType()} ${release()}, Node ${process.version}`;
}

/** The benchmark rows as a Markdown table. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = '| case | ours (s) | baseline (s) | ratio | baseline | target | pass | notes |';
  const rule = '|---|---:|---:|---:|---|---|:-:|---|';
  const lines = rows.map((row) => {
    const ratio =
      row.baseline === null || row.baseline === 0 ? '—' : `${(row.ours / row.baseline).toFixed(2)}x`;
    const cells = [
      row.name,
      seconds(row.ours),
      row.baseline === null ? '—' : seconds(row.baseline),
      ratio,
      row.baselineName,
      row.target,
      row.pass ? 'yes' : '**no**',
      row.notes ?? '',
    ];
    return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  });
  return [header, rule, ...lines].join('\n');
}

/** Prints the report and writes it to `path` (docs/benchmarks/analytics.md). */
export function writeReport(rows: readonly BenchRow[], path: string, date = new Date()): string {
  const report = [
    '# Analytics benchmarks',
    '',
    `Run ${date.toISOString()} on ${describeMachine()}.`,
    'Ours and the baseline are measured in the same run on the same data; times are the best of the repeats.',
    'Regenerate with `npm run bench:analytics`.',
    '',
    formatTable(rows),
    '',
  ].join('\n');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, report);
  process.stdout.write(report);
  return report;
}

function seconds(value: number): string {
  return value < 0.01 ? value.toExponential(2) : value.toFixed(3);
}
