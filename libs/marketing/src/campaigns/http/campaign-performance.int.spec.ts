import { SALES_EVENTS_TOPIC, SalesIntegrationEventTypes } from '@crm/contracts';
import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { INTEGRATION_MAPPINGS, toMessage, type IntegrationMappings } from '@crm/messaging';
import { DOCUMENT_STORE, type DocumentStore } from '@crm/read-models';
import type { ContextTestApp } from '@crm/testing';
import type { CampaignPerformance } from '../application/campaign-performance';
import { CUSTOMER_ORDERS_COLLECTION } from '../read-models/customer-orders.projection';
import { SalesOrdersConsumer } from '../read-models/sales-orders.consumer';
import { SalesOrderLog, standInForSalesPublishing } from '../../testing/sales-orders.fixture';
import { createMarketingTestApp, eventually } from '../../testing/marketing-test-app';

const DAY_MS = 24 * 60 * 60 * 1000;
const eur = (amount: string) => ({ amount, currency: 'EUR' });

describe('GET /campaigns/:id/performance', () => {
  let testApp: ContextTestApp;
  let campaignId: string;
  let orders: SalesOrderLog;

  beforeAll(async () => {
    testApp = await createMarketingTestApp();
    standInForSalesPublishing(testApp.app.get<IntegrationMappings>(INTEGRATION_MAPPINGS));
    orders = new SalesOrderLog(testApp.app.get<EventStore>(EVENT_STORE), 'default');
  });

  afterAll(async () => {
    await testApp.close();
  });

  function inject(method: 'GET' | 'POST', url: string, payload?: object) {
    return testApp.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  }

  async function convertedLead(name: string): Promise<{ customerId: string; convertedAt: number }> {
    const lead = (await inject('POST', '/api/v1/leads', { name, sourceCampaignId: campaignId })).json<{
      id: string;
    }>();
    await inject('POST', `/api/v1/leads/${lead.id}/qualify`);
    const converted = await inject('POST', `/api/v1/leads/${lead.id}/convert`);
    const { customerId, convertedAt } = converted.json<{ customerId: string; convertedAt: string }>();
    return { customerId, convertedAt: Date.parse(convertedAt) };
  }

  function performance(query = ''): Promise<CampaignPerformance> {
    return inject('GET', `/api/v1/campaigns/${campaignId}/performance${query}`).then((response) => {
      expect(response.statusCode).toBe(200);
      return response.json<CampaignPerformance>();
    });
  }

  it('attributes exactly the net paid orders of converted customers inside the window', async () => {
    const created = await inject('POST', '/api/v1/campaigns', {
      name: 'Autumn mailing',
      channel: 'direct-mail',
      budget: eur('1000.00'),
      period: { from: '2025-09-01', to: '2025-09-30' },
    });
    campaignId = created.json<{ id: string }>().id;
    await inject('POST', `/api/v1/campaigns/${campaignId}/launch`);
    for (const kind of ['opened', 'opened', 'clicked', 'converted']) {
      await inject('POST', `/api/v1/campaigns/${campaignId}/responses`, {
        kind,
        occurredAt: new Date().toISOString(),
      });
    }
    const ann = await convertedLead('Ann');
    const bob = await convertedLead('Bob');
    await inject('POST', '/api/v1/leads', { name: 'Cid', sourceCampaignId: campaignId });
    const at = (from: number, days: number) => new Date(from + days * DAY_MS).toISOString();

    await orders.paid('o-1', ann.customerId, eur('1200.10'), at(ann.convertedAt, 1));
    await orders.paid('o-2', ann.customerId, eur('99.95'), at(ann.convertedAt, 2));
    await orders.returned('o-2', ann.customerId, eur('99.95'), at(ann.convertedAt, 5));
    await orders.paid('o-3', bob.customerId, eur('0.05'), at(bob.convertedAt, 89));
    await orders.paid('o-4', bob.customerId, eur('500.00'), at(bob.convertedAt, 3));
    await orders.cancelledAfterPayment('o-4', bob.customerId, eur('500.00'), at(bob.convertedAt, 4));
    await orders.paid('o-5', bob.customerId, eur('300.00'), at(bob.convertedAt, 91));
    await orders.paid('o-6', '1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b', eur('10000.00'), at(bob.convertedAt, 1));

    const result = await eventually(
      () => performance(),
      (figures) => figures.attributedOrders === 4 && figures.attributedRevenue.amount === '1200.15',
    );
    expect(result).toEqual({
      campaignId,
      status: 'active',
      responses: { opened: 2, clicked: 1, replied: 0, converted: 1 },
      leads: 3,
      conversions: 2,
      attributionWindowDays: 90,
      attributedRevenue: eur('1200.15'),
      revenueInOtherCurrencies: [],
      cost: eur('1000.00'),
      roi: '0.2002',
      attributedOrders: 4,
    });
  });

  it('widens the window per request', async () => {
    // o-5 lies outside the default window, so the first test could pass before it was consumed.
    const wider = await eventually(
      () => performance('?attributionWindowDays=120'),
      (figures) => figures.attributedOrders === 5,
    );
    expect(wider.attributedRevenue).toEqual(eur('1500.15'));
    expect(wider.roi).toBe('0.5002');
    expect(
      (await inject('GET', `/api/v1/campaigns/${campaignId}/performance?attributionWindowDays=-1`))
        .statusCode,
    ).toBe(400);
  });

  it('ignores a redelivered payment: the order document is not even rewritten', async () => {
    const store = testApp.app.get<EventStore>(EVENT_STORE);
    const documents = testApp.app.get<DocumentStore>(DOCUMENT_STORE).collection(CUSTOMER_ORDERS_COLLECTION);
    const before = await documents.get('default', 'o-1');
    const [paid] = await store.readStream('sales.order-o-1');
    if (!paid) throw new Error('o-1 was not stored');
    const message = {
      ...toMessage(paid, { type: SalesIntegrationEventTypes.orderPaid, schemaVersion: 1, data: paid.data }),
      topic: SALES_EVENTS_TOPIC,
      attempt: 1,
    };
    await testApp.app.get(SalesOrdersConsumer).handle(message);
    await testApp.app.get(SalesOrdersConsumer).handle(message);
    expect(before?.revision).toBe(1);
    expect((await documents.get('default', 'o-1'))?.revision).toBe(1);
    expect((await performance()).attributedRevenue).toEqual(eur('1200.15'));
  });

  it('answers 404 for an unknown campaign', async () => {
    const response = await inject(
      'GET',
      '/api/v1/campaigns/0b5e3c1e-7f4a-4c8e-9a43-2b1d0f6e8a77/performance',
    );
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'CAMPAIGN.NOT_FOUND' });
  });
});
