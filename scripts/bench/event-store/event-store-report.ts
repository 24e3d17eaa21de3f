import type { LoadResult } from './append-load';
import type { AppendThroughput } from './append-throughput';
import { emmettVersion } from './emmett-version';
import { summarizeLatencies, summarizeLoad } from './latency-stats';
import { formatRate, formatRatio, passCell, type MarkdownReport } from './markdown-report';
import type { ReadModelLatency } from './read-model-latency';
import type { SteadyLoadResult } from './steady-load';

export interface EventStoreFigures {
  readonly durationSeconds: number;
  readonly commandRate: number;
  readonly throughput: readonly AppendThroughput[];
  readonly latency: ReadModelLatency;
}

export interface Verdict {
  readonly report: MarkdownReport;
  readonly pass: boolean;
}

const LATENCY_TARGET_MS = 1000;
// The load generator must really have offered the rate, or the latency figure means nothing.
const MIN_OFFERED_SHARE = 0.95;

interface Row {
  readonly cells: readonly string[];
  readonly pass: boolean;
}

export function eventStoreVerdict(figures: EventStoreFigures): Verdict {
  const rows = [...figures.throughput.flatMap(throughputRows), ...latencyRows(figures)];
  const report: MarkdownReport = {
    title: 'Event store benchmark (`npm run bench:event-store`)',
    setup: [
      `PostgreSQL from \`npm run infra:up\`, one scratch database per run; each append case runs ${figures.durationSeconds} s in four slices`,
      '(targets in order ours, Emmett, raw, then reversed, twice), each slice in a process of its own; one event per append,',
      'streams of 10 events with the expected version checked.',
    ],
    header: ['case', 'ours', 'baseline', 'baseline figure', 'ours / baseline', 'target', 'pass'],
    rows: rows.map((row) => row.cells),
    notes: notes(figures),
  };
  return { report, pass: rows.every((row) => row.pass) };
}

function throughputRows(throughput: AppendThroughput): Row[] {
  const writers = `${throughput.writers} writer${throughput.writers === 1 ? '' : 's'}`;
  const row = (baseline: string, figure: LoadResult, target: number): Row => {
    const ratio = throughput.ours.perSecond / figure.perSecond;
    const pass = ratio >= target;
    return {
      cells: [
        `appends/s, ${writers}`,
        formatRate(throughput.ours.perSecond),
        baseline,
        formatRate(figure.perSecond),
        formatRatio(ratio),
        `≥ ${formatRatio(target)}`,
        passCell(pass),
      ],
      pass,
    };
  };
  return [
    row(`Emmett ${emmettVersion()} PostgreSQL`, throughput.emmett, 1),
    row('raw INSERT ceiling', throughput.ceiling, 0.5),
  ];
}

function latencyRows(figures: EventStoreFigures): Row[] {
  const ours = summarizeLoad(figures.latency.ours);
  const floor = summarizeLoad(figures.latency.floor);
  const healthy = loadWasHealthy(figures.latency.ours, figures.commandRate);
  const name = `command → read model at ${figures.commandRate}/s`;
  const baseline = 'INSERT + insertOne floor';
  const p99Pass = healthy && ours.p99Ms < LATENCY_TARGET_MS;
  return [
    {
      cells: [
        `${name}, p50 ms`,
        ms(ours.p50Ms),
        baseline,
        ms(floor.p50Ms),
        latencyRatio(ours.p50Ms, floor.p50Ms),
        '—',
        '—',
      ],
      pass: true,
    },
    {
      cells: [
        `${name}, p99 ms`,
        ms(ours.p99Ms),
        baseline,
        ms(floor.p99Ms),
        latencyRatio(ours.p99Ms, floor.p99Ms),
        `< ${LATENCY_TARGET_MS} ms`,
        passCell(p99Pass),
      ],
      pass: p99Pass,
    },
  ];
}

function loadWasHealthy(load: SteadyLoadResult, rate: number): boolean {
  return load.failures === 0 && load.startedPerSecond >= rate * MIN_OFFERED_SHARE;
}

function notes(figures: EventStoreFigures): string[] {
  const { ours, floor } = figures.latency;
  return [
    'Ours: `PostgresEventStore.append` (expected version on the streams row, duplicate-id filter; a coalesced NOTIFY after the commit), pool of as many connections as writers.',
    'Emmett: `getPostgreSQLEventStore(...).appendToStream` with the same expected versions and payload, on a pg pool of the same size, in the same database.',
    'Raw INSERT ceiling: one prepared `INSERT` per event into a table with the columns and constraints of our events table, no version check.',
    `Command → read model: \`CustomerCommandService.register\` (load, decide, append) on our PostgreSQL store; the customer-directory projection through \`ProjectionRunner\` tailing that store into FerretDB via \`MongoDocumentStore\`. Timed from when each command was due (open loop, ${figures.commandRate}/s for ${figures.durationSeconds} s) until FerretDB acknowledged the document write.`,
    'Floor: the same open-loop rate doing only the two writes such a pipeline cannot avoid, a raw INSERT then an insertOne of the document, back to back.',
    `Ours: ${describeLoad(ours)}. Floor: ${describeLoad(floor)}.`,
    'The machine is shared and noisy: compare the ratios of one run, not absolute figures across runs.',
  ];
}

function describeLoad(load: SteadyLoadResult): string {
  const visible = summarizeLatencies(load.latenciesMs);
  const failed = load.failures === 0 ? 'none failed' : `${load.failures} failed (${String(load.firstError)})`;
  return `${visible.count} visible, ${failed}, offered ${load.startedPerSecond.toFixed(0)}/s, slowest visible ${ms(visible.maxMs)} ms`;
}

function latencyRatio(ours: number, floor: number): string {
  return Number.isFinite(ours) ? formatRatio(ours / floor) : '—';
}

function ms(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return 'timed out';
  return Number.isNaN(value) ? 'n/a' : value.toFixed(1);
}
