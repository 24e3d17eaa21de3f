import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from './api/child-server';
import { type LoadFigures, runLoad } from './api/load';

// bench:api — our gateway (auth, validation, event store append, projection) against the ceiling of a bare
// Fastify route doing one SQLite statement, both in their own processes, loaded by autocannon from this one.
const CONNECTIONS = 32;
const DURATION = Number(process.env['BENCH_DURATION_SECONDS'] ?? 20);
const root = resolve(__dirname, '../../..');
const customer = {
  type: 'company',
  name: 'Acme Industrial GmbH',
  email: 'sales@acme.example',
  channel: 'direct',
  tags: ['manufacturing'],
};

interface Row {
  readonly name: string;
  readonly ours: LoadFigures;
  readonly baseline: LoadFigures;
  readonly targetRatio: number;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-bench-api-'));
  const rows: Row[] = [];
  try {
    mkdirSync(join(dataDir, 'gateway'));
    const gateway = await startServer(
      join(root, 'dist/apps/gateway/src/main.js'),
      { CRM_DATA_DIR: join(dataDir, 'gateway'), CRM_ADMIN_PASSWORD: 'bench-password' },
      '/health/ready',
    );
    const baseline = await startServer(
      join(root, 'dist/scripts/bench/api/baseline-server.js'),
      { BENCH_DATA_DIR: dataDir },
      '/items/none',
    );
    try {
      const token = await issueToken(gateway.url);
      const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const json = { 'content-type': 'application/json' };
      const body = JSON.stringify(customer);
      console.log(`POST for ${DURATION} s at concurrency ${CONNECTIONS}, ours then baseline...`);
      const oursPost = await runLoad({
        url: `${gateway.url}/api/v1/customers`,
        method: 'POST',
        headers: auth,
        body,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
      });
      const basePost = await runLoad({
        url: `${baseline.url}/items`,
        method: 'POST',
        headers: json,
        body,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
      });
      rows.push({
        name: 'POST /customers vs one SQLite insert',
        ours: oursPost,
        baseline: basePost,
        targetRatio: 1 / 3,
      });

      const ourIds = await createMany(`${gateway.url}/api/v1/customers`, auth, body, 500);
      const baseIds = await createMany(`${baseline.url}/items`, json, body, 500);
      await waitForReadModel(gateway.url, auth, ourIds[ourIds.length - 1] ?? '');
      console.log(`GET for ${DURATION} s at concurrency ${CONNECTIONS}, ours then baseline...`);
      const oursGet = await runLoad({
        url: gateway.url,
        method: 'GET',
        headers: auth,
        nextPath: () => `/api/v1/customers/${pick(ourIds)}`,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
      });
      const baseGet = await runLoad({
        url: baseline.url,
        method: 'GET',
        headers: json,
        nextPath: () => `/items/${pick(baseIds)}`,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
      });
      rows.push({
        name: 'GET /customers/{id} vs one primary-key select',
        ours: oursGet,
        baseline: baseGet,
        targetRatio: 1 / 2,
      });
    } finally {
      await gateway.stop();
      await baseline.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const table = renderTable(rows);
  console.log(table);
  mkdirSync(join(root, 'docs/benchmarks'), { recursive: true });
  writeFileSync(join(root, 'docs/benchmarks/api.md'), table);
  if (rows.some((row) => row.ours.errors + row.ours.non2xx > 0)) process.exitCode = 1;
}

async function issueToken(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'bench-password' }),
  });
  const body = (await response.json()) as { accessToken: string };
  return body.accessToken;
}

async function createMany(
  url: string,
  headers: Record<string, string>,
  body: string,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(url, { method: 'POST', headers, body });
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

async function waitForReadModel(url: string, headers: Record<string, string>, id: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await fetch(`${url}/api/v1/customers/${id}`, { headers })).status === 200) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('read model did not catch up within 10 s');
}

function pick(ids: readonly string[]): string {
  return ids[Math.floor(Math.random() * ids.length)] ?? '';
}

function renderTable(rows: readonly Row[]): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# API benchmark (`npm run bench:api`)',
    '',
    `Run ${new Date().toISOString()} on ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
    `autocannon in the benchmark process, ${CONNECTIONS} connections, ${DURATION} s per case; each server in its own process.`,
    'Baseline: a bare Fastify route doing one SQLite statement on the same JSON (WAL, synchronous=NORMAL), no auth or validation.',
    '',
    '| case | ours req/s | ours p50 ms | ours p99 ms | baseline req/s | baseline p50 ms | baseline p99 ms | ratio | target | pass |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => {
      const ratio = row.ours.requestsPerSecond / row.baseline.requestsPerSecond;
      const pass = ratio >= row.targetRatio && row.ours.p99Ms < 50 && row.ours.errors + row.ours.non2xx === 0;
      return `| ${row.name} | ${row.ours.requestsPerSecond.toFixed(0)} | ${row.ours.p50Ms} | ${row.ours.p99Ms} | ${row.baseline.requestsPerSecond.toFixed(0)} | ${row.baseline.p50Ms} | ${row.baseline.p99Ms} | ${ratio.toFixed(2)} | ≥ ${row.targetRatio.toFixed(2)}, p99 < 50 ms | ${pass ? 'yes' : 'no'} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
