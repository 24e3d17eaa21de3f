/** One row of the summary: a case of one benchmark, with the figures its own report gives. */
export interface SummaryRow {
  readonly benchmark: string;
  readonly case: string;
  readonly ours: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  readonly pass: string;
  /** The report's "Run <when> on <machine>" line. */
  readonly run: string;
}

/**
 * The rows of a benchmark report (docs/benchmarks/<name>.md, written by its bench:* script): the first
 * Markdown table, read by its headers. Ours is the first column named "ours…", the baseline the first
 * numeric "baseline…" column, the ratio "ratio" or "ours / baseline".
 */
export function summaryRowsOf(benchmark: string, markdown: string): SummaryRow[] {
  const lines = markdown.split('\n');
  const run = lines.find((line) => line.startsWith('Run '))?.replace(/\.$/, '') ?? 'Run: unknown';
  const table = lines.filter((line) => line.startsWith('|'));
  const [headerLine, , ...body] = table;
  if (headerLine === undefined) return [];
  const header = cellsOf(headerLine).map((cell) => cell.toLowerCase());
  const rows = body.map(cellsOf);
  const column = (matches: (name: string) => boolean, numeric = false): number =>
    header.findIndex(
      (name, index) =>
        matches(name) &&
        (!numeric || rows.every((row) => /^([\d.,]+(e[+-]?\d+)?x?|—)$/.test(row[index] ?? ''))),
    );
  const at = (row: readonly string[], index: number): string => (index < 0 ? '—' : (row[index] ?? '—'));
  const ours = column((name) => name.startsWith('ours') && !name.includes('baseline'));
  const baseline = column((name) => name.startsWith('baseline'), true);
  const ratio = column((name) => name === 'ratio' || name === 'ours / baseline');
  const target = column((name) => name === 'target');
  const pass = column((name) => name === 'pass');
  return rows.map((row) => ({
    benchmark,
    case: at(row, 0),
    ours: at(row, ours),
    baseline: at(row, baseline),
    ratio: at(row, ratio),
    target: at(row, target),
    pass: at(row, pass),
    run,
  }));
}

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** The summary page: one table over every report, then when and where each ran. */
export function renderSummary(rows: readonly SummaryRow[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const runs = [...new Map(rows.map((row) => [row.benchmark, row.run])).entries()];
  return [
    '# Benchmarks',
    '',
    'Every `npm run bench:*` script measures our figure and a baseline in the same run and writes its report',
    'here; `npm run bench` runs them all and regenerates this summary (`npm run bench:summary` alone',
    're-reads the reports). The machine is shared and noisy: compare ratios of one run, not absolute',
    'figures across runs.',
    '',
    line(['benchmark', 'case', 'ours', 'baseline', 'ratio', 'target', 'pass']),
    line(['---', '---', '---', '---', '---', '---', '---']),
    ...rows.map((row) =>
      line([
        `[${row.benchmark}](${row.benchmark}.md)`,
        row.case,
        row.ours,
        row.baseline,
        row.ratio,
        row.target,
        row.pass,
      ]),
    ),
    '',
    ...runs.map(([benchmark, run]) => `- ${benchmark}: ${run}.`),
    '',
  ].join('\n');
}
