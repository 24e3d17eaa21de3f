import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';

export interface MarkdownReport {
  readonly title: string;
  /** Setup lines printed above the table. */
  readonly setup: readonly string[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Caveats and explanations printed under the table, as a list. */
  readonly notes?: readonly string[];
}

export function renderReport(report: MarkdownReport): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const notes = (report.notes ?? []).map((note) => `- ${note}`);
  return [
    `# ${report.title}`,
    '',
    machineLine(),
    ...report.setup,
    '',
    line(report.header),
    line(report.header.map(() => '---')),
    ...report.rows.map(line),
    ...(notes.length > 0 ? ['', ...notes] : []),
    '',
  ].join('\n');
}

/** Prints the report and writes it to `file`. */
export function publishReport(report: MarkdownReport, file: string): void {
  const markdown = renderReport(report);
  console.log(`\n${markdown}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, markdown);
}

function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const memory = Math.round(totalmem() / 2 ** 30);
  return `Run ${new Date().toISOString()} on ${cpus().length} × ${cpu}, ${memory} GiB, Node ${process.version}.`;
}

export const formatRate = (perSecond: number): string => perSecond.toFixed(0);
// Truncated, not rounded: a ratio just under its target must never print as meeting it.
export const formatRatio = (ratio: number): string => (Math.floor(ratio * 100) / 100).toFixed(2);
export const passCell = (pass: boolean): string => (pass ? 'yes' : '**no**');
