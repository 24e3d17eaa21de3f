import { SqliteDocumentStore } from '@crm/read-models';
import { NO_COUNTS, type ImportJob } from './import-job';
import { ImportJobQueries, STALE_JOB_MS } from './import-job-queries';
import { ImportJobStore } from './import-job-store';

describe(ImportJobQueries.name, () => {
  const startedAt = '2026-12-01T10:00:00.000Z';
  const job: ImportJob = {
    id: '0190a0b0-0000-7000-8000-000000000001',
    entity: 'orders',
    createMissing: false,
    status: 'running',
    rows: { total: 3, processed: 1, ...NO_COUNTS },
    records: NO_COUNTS,
    created: { customers: 0, products: 0 },
    createdBy: 'admin',
    startedAt,
    finishedAt: null,
    heartbeatAt: startedAt,
    failure: null,
  };
  let store: ImportJobStore;
  let queries: ImportJobQueries;

  beforeEach(async () => {
    store = new ImportJobStore(new SqliteDocumentStore(':memory:'));
    queries = new ImportJobQueries(store);
    await store.save('tenant-a', job);
  });

  it('shows a running job as running while its process writes, and as interrupted once it stops', async () => {
    const heartbeat = Date.parse(startedAt);
    expect((await queries.get('tenant-a', job.id, heartbeat + STALE_JOB_MS - 1)).status).toBe('running');
    const stale = await queries.get('tenant-a', job.id, heartbeat + STALE_JOB_MS);
    expect(stale.status).toBe('interrupted');
    expect(stale.failure).toContain('run the same file again');
  });

  it('pages rejected rows in row order, each row once, and keeps jobs within their tenant', async () => {
    await store.addProblems('tenant-a', job.id, [
      { row: 12, message: 'late' },
      { row: 3, field: 'sku', message: 'early' },
    ]);
    await store.addProblems('tenant-a', job.id, [{ row: 3, field: 'sku', message: 'early' }]);
    const first = await queries.problems('tenant-a', job.id, { limit: 1 });
    expect(first.items).toEqual([{ row: 3, field: 'sku', message: 'early' }]);
    const rest = await queries.problems('tenant-a', job.id, { limit: 5, cursor: first.nextCursor ?? '' });
    expect(rest).toEqual({ items: [{ row: 12, message: 'late' }], nextCursor: null });
    await expect(queries.get('tenant-b', job.id)).rejects.toMatchObject({ code: 'JOB.NOT_FOUND' });
  });
});
