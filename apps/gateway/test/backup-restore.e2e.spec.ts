import { compileApps } from '@crm/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GatewayHarness, TEST_ADMIN_PASSWORD } from '../src/testing/gateway-harness';

const ROOT = resolve(__dirname, '../../..');

function run(script: 'backup' | 'restore', file: string, dataDir: string): string {
  return execFileSync('node', [join(ROOT, `dist/apps/gateway/src/ops/${script}.js`), file], {
    cwd: ROOT,
    env: { ...process.env, CRM_DATA_DIR: dataDir, CRM_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('backup and restore (npm run backup, npm run restore)', () => {
  const work = mkdtempSync(join(tmpdir(), 'crm-backup-'));
  const backupFile = join(work, 'crm.ndjson.gz');
  const restoredDir = join(work, 'restored');
  let original: GatewayHarness;

  beforeAll(() => {
    compileApps();
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('restores onto an empty instance every query result of the original', async () => {
    original = await GatewayHarness.start(join(work, 'original'));
    const acme = await original.request('POST', '/api/v1/customers', {
      body: { type: 'company', name: 'Acme GmbH', email: 'info@acme.example', tags: ['b2b'] },
    });
    const id = String(acme.body['id']);
    await original.request('POST', `/api/v1/customers/${id}/interactions`, {
      body: { channel: 'phone', direction: 'outbound', subject: 'Intro', occurredAt: '2026-11-20T10:00:00Z' },
    });
    await original.request('POST', '/api/v1/products', {
      body: {
        sku: 'TEA-1',
        name: 'Green tea',
        category: 'drinks',
        price: { amount: '3.20', currency: 'EUR' },
      },
    });
    const order = await original.request('POST', '/api/v1/orders', {
      body: { customerId: id, channel: 'retail', currency: 'EUR', lines: [{ sku: 'TEA-1', quantity: 3 }] },
    });
    await original.request('POST', `/api/v1/orders/${String(order.body['id'])}/pay`);
    const queries = [
      `/api/v1/customers/${id}`,
      '/api/v1/customers',
      `/api/v1/customers/${id}/interactions`,
      `/api/v1/customers/${id}/timeline`,
      `/api/v1/customers/${id}/history`,
      '/api/v1/products',
      '/api/v1/orders',
    ];
    const deadline = Date.now() + 10_000;
    while (
      (await original.request<{ sales: { orderCount: number } }>('GET', queries[0] ?? '')).body.sales
        .orderCount < 1 &&
      Date.now() < deadline
    )
      await new Promise((done) => setTimeout(done, 50));
    const before = await Promise.all(queries.map(async (path) => (await original.request('GET', path)).body));

    expect(run('backup', backupFile, original.dataDir)).toMatch(/Backed up 5 events/);
    await original.stop();
    const restoredOutput = run('restore', backupFile, restoredDir);
    expect(restoredOutput).toMatch(/Restored 5 events/);
    expect(restoredOutput).toMatch(/Every read model is rebuilt/);
    // Restoring is not merging: a second restore into the same directory is refused.
    expect(() => run('restore', backupFile, restoredDir)).toThrow(/not empty/);

    const restored = await GatewayHarness.start(restoredDir);
    try {
      const after = await Promise.all(
        queries.map(async (path) => (await restored.request('GET', path)).body),
      );
      expect(after).toEqual(before);
    } finally {
      await restored.stop();
    }
  }, 60_000);
});
