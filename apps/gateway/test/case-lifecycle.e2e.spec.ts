import { GatewayHarness } from '../src/testing/gateway-harness';

interface Case {
  readonly id: string;
  readonly status: string;
  readonly satisfaction: number | null;
  readonly version: number;
}

const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';

describe('case lifecycle over HTTP', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await GatewayHarness.start();
  });

  afterAll(async () => {
    await gateway.stop({ removeData: true });
  });

  it('refuses cases without a token', async () => {
    const response = await gateway.request('GET', '/api/v1/cases', { anonymous: true });
    expect(response.status).toBe(401);
  });

  it('opens, assigns, answers, resolves and closes a case, and keeps it across a restart', async () => {
    const opened = await gateway.request<Case>('POST', '/api/v1/cases', {
      body: { customerId: CUSTOMER_ID, type: 'repair', priority: 'high', subject: 'Printer jams' },
    });
    expect(opened.status).toBe(201);
    const url = `/api/v1/cases/${opened.body.id}`;
    const steps: [string, object][] = [
      ['assign', { assigneeId: 'admin' }],
      ['comments', { body: 'A technician is on the way' }],
      ['resolve', { resolution: 'Replaced the roller' }],
      ['close', { satisfaction: 5 }],
    ];
    for (const [action, body] of steps) {
      const response = await gateway.request<Case>('POST', `${url}/${action}`, { body });
      expect(response.status).toBeLessThan(300);
    }

    const dataDir = gateway.dataDir;
    await gateway.stop();
    gateway = await GatewayHarness.start(dataDir);
    const read = await gateway.request<Case>('GET', url, { headers: { 'x-min-version': '5' } });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: 'closed', satisfaction: 5, version: 5 });
  });
});
