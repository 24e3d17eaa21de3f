import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './event-store/bench-servers';
import { renderSummary, summaryRowsOf } from './summary/benchmark-tables';

// bench:summary — docs/benchmarks/README.md from every report the bench:* scripts wrote.
const directory = join(repositoryRoot(), 'docs/benchmarks');
const reports = readdirSync(directory)
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .sort();
const rows = reports.flatMap((file) =>
  summaryRowsOf(file.replace(/\.md$/, ''), readFileSync(join(directory, file), 'utf8')),
);
const summary = renderSummary(rows);
writeFileSync(join(directory, 'README.md'), summary);
console.log(summary);
