import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface BenchmarkTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Lines printed under the table: setup, targets, caveats. */
  readonly notes?: readonly string[];
}

const fileTitle = '# Event store and pipeline benchmarks';

/**
 * Writes (or replaces) the `## title` section of a Markdown benchmark file and keeps every other
 * section, so each bench (event store, relay, command-to-read-model) owns its own rows in one file.
 */
export function writeBenchmarkTable(file: string, title: string, table: BenchmarkTable): void {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : `${fileTitle}\n`;
  const sections = splitSections(existing);
  sections.set(title, renderSection(title, table));
  const [preamble = `${fileTitle}\n`, ...rest] = [...sections.values()];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, [preamble.trimEnd(), ...rest.map((section) => section.trimEnd())].join('\n\n') + '\n');
}

export function renderTable(table: Pick<BenchmarkTable, 'header' | 'rows'>): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(table.header), line(table.header.map(() => '---')), ...table.rows.map(line)].join('\n');
}

function renderSection(title: string, table: BenchmarkTable): string {
  const notes = (table.notes ?? []).map((note) => `- ${note}`);
  return [`## ${title}`, '', renderTable(table), ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

// The preamble is keyed '' so it stays first; sections keep their order of first appearance.
function splitSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  let title = '';
  let lines: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) {
      sections.set(title, lines.join('\n'));
      title = line.slice(3).trim();
      lines = [];
    }
    lines.push(line);
  }
  sections.set(title, lines.join('\n'));
  return sections;
}
