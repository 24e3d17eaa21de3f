import { join } from 'node:path';
import { GatewayHarness } from '../../apps/gateway/src/testing/gateway-harness';
import { formatRatio, formatRate, passCell, publishReport } from './event-store/markdown-report';
import { repositoryRoot } from './event-store/bench-servers';
import { importThroughApi } from './import/api-baseline';
import { ordersFile } from './import/import-files';

// bench:import — 100,000 order lines through POST /imports in standalone mode (target: under a minute),
// against the same kind of file sent command by command through the HTTP API, in the same run.
const ORDERS = Number(process.env['BENCH_IMPORT_ORDERS'] ?? 25_000);
const LINES_PER_ORDER = 4;
const BASELINE_ORDERS = Number(process.env['BENCH_IMPORT_BASELINE_ORDERS'] ?? 2_500);
const API_CLIENTS = 16;
const TARGET_MS = 60_000;

interface Job {
  id: string;
  status: string;
  rows: Record<string, number>;
  records: Record<string, number>;
}

async function main(): Promise<void> {
  const file = ordersFile(ORDERS, LINES_PER_ORDER, ORDERS / 5, 500);
  const baselineFile = ordersFile(BASELINE_ORDERS, LINES_PER_ORDER, BASELINE_ORDERS / 5, 500);
  console.log(
    `Import of ${file.lines} lines (${file.orders} orders, ${file.customers} customers, ${file.skus} SKUs):`,
  );
  const ours = await timeImport(file.csv, file.orders);
  console.log(
    `  ${(ours.jobMs / 1000).toFixed(1)} s to the job's end, ${(ours.readModelMs / 1000).toFixed(1)} s until every order is listed`,
  );
  console.log(`Baseline: ${baselineFile.lines} lines through the HTTP API, ${API_CLIENTS} clients:`);
  const baselineMs = await withGateway((gateway) => importThroughApi(gateway, baselineFile.csv, API_CLIENTS));
  console.log(`  ${(baselineMs / 1000).toFixed(1)} s`);

  const oursRate = (file.lines / ours.jobMs) * 1000;
  const baselineRate = (baselineFile.lines / baselineMs) * 1000;
  const ratio = oursRate / baselineRate;
  const withinTarget = ours.jobMs < TARGET_MS;
  publishReport(
    {
      title: 'Bulk import benchmark (`npm run bench:import`)',
      setup: [
        `Standalone gateway (SQLite events and read models, in-process bus), fresh data directory per target.`,
        `Ours: one \`POST /imports?entity=orders&createMissing=true\` of ${file.lines} lines (${file.orders} orders of ${LINES_PER_ORDER} lines, ${file.customers} customers and ${file.skus} products created on the way), timed until \`GET /jobs/{id}\` says completed.`,
        `Baseline: the same kind of file (${baselineFile.lines} lines) sent as the API's own commands (POST /products, /customers, /orders, then /pay, /ship or /cancel), ${API_CLIENTS} concurrent clients.`,
      ],
      header: ['case', 'ours', 'baseline', 'ours / baseline', 'target', 'pass'],
      rows: [
        [
          'order lines/s',
          formatRate(oursRate),
          formatRate(baselineRate),
          formatRatio(ratio),
          '≥ 1.00',
          passCell(ratio >= 1),
        ],
        [
          `${file.lines} lines, s`,
          (ours.jobMs / 1000).toFixed(1),
          '—',
          '—',
          '< 60 s',
          passCell(withinTarget),
        ],
      ],
      notes: [
        `Every order listed by GET /orders (the read model caught up) ${(ours.readModelMs / 1000).toFixed(1)} s after the POST.`,
        `Job counts: ${JSON.stringify(ours.job.records)} records, ${JSON.stringify(ours.job.rows)} rows.`,
        'The machine is shared and noisy: compare the ratios of one run, not absolute figures across runs.',
      ],
    },
    join(repositoryRoot(), 'docs/benchmarks/import.md'),
  );
  if (!withinTarget || ratio < 1 || ours.job.records['imported'] !== file.orders) process.exitCode = 1;
}

async function timeImport(
  csv: string,
  orders: number,
): Promise<{ jobMs: number; readModelMs: number; job: Job }> {
  return withGateway(async (gateway) => {
    const started = performance.now();
    const accepted = await gateway.request<Job>('POST', '/api/v1/imports?entity=orders&createMissing=true', {
      rawBody: csv,
      headers: { 'content-type': 'text/csv' },
    });
    if (accepted.status !== 202)
      throw new Error(`POST /imports: ${accepted.status} ${JSON.stringify(accepted.body)}`);
    let job = accepted.body;
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await gateway.request<Job>('GET', `/api/v1/jobs/${accepted.body.id}`)).body;
    }
    const jobMs = performance.now() - started;
    if (job.status !== 'completed') throw new Error(`Import ended ${job.status}: ${JSON.stringify(job)}`);
    await untilListed(gateway, orders);
    return { jobMs, readModelMs: performance.now() - started, job };
  });
}

/** Pages through GET /orders until it lists every order. */
async function untilListed(gateway: GatewayHarness, orders: number): Promise<void> {
  for (;;) {
    let listed = 0;
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const page = await gateway.request<{ items: unknown[]; nextCursor: string | null }>(
        'GET',
        `/api/v1/orders?limit=200${query}`,
      );
      listed += page.body.items.length;
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    if (listed >= orders) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function withGateway<T>(work: (gateway: GatewayHarness) => Promise<T>): Promise<T> {
  const gateway = await GatewayHarness.start();
  try {
    return await work(gateway);
  } finally {
    await gateway.stop({ removeData: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
