import { GatewayHarness } from '../src/testing/gateway-harness';

describe('standalone restart', () => {
  it('keeps every customer and catches the read models up from their checkpoints', async () => {
    const first = await GatewayHarness.start();
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) {
      const created = await first.request<{ id: string }>('POST', '/api/v1/customers', {
        body: { type: 'company', name: `Restart Co ${index}` },
      });
      ids.push(created.body.id);
    }
    await first.stop();

    const second = await GatewayHarness.start(first.dataDir);
    try {
      for (const id of ids) {
        const read = await second.request<{ id: string }>('GET', `/api/v1/customers/${id}`, {
          headers: { 'x-min-version': '1' },
        });
        expect(read.status).toBe(200);
      }
      const list = await second.request<{ items: unknown[] }>(
        'GET',
        '/api/v1/customers?search=restart&limit=50',
      );
      expect(list.body.items).toHaveLength(5);
      const created = await second.request('POST', '/api/v1/customers', {
        body: { type: 'company', name: 'After restart' },
      });
      expect(created.status).toBe(201);
    } finally {
      await second.stop({ removeData: true });
    }
  });
});
