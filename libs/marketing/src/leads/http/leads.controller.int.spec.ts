import { MARKETING_EVENTS_TOPIC, MarketingIntegrationEventTypes } from '@crm/contracts';
import {
  MESSAGE_CONSUMER,
  type ConsumedMessage,
  type ConsumerSubscription,
  type MessageConsumer,
} from '@crm/messaging';
import type { ContextTestApp } from '@crm/testing';
import { createMarketingTestApp, eventually, storedEventCount } from '../../testing/marketing-test-app';
import { LeadsController } from './leads.controller';

const BASE = '/api/v1/leads';
const UNKNOWN_ID = '0b5e3c1e-7f4a-4c8e-9a43-2b1d0f6e8a77';

interface Lead {
  readonly id: string;
  readonly status: string;
  readonly customerId: string | null;
  readonly version: number;
}

describe(LeadsController.name, () => {
  let testApp: ContextTestApp;
  let published: ConsumedMessage[];
  let subscription: ConsumerSubscription;
  let campaignId: string;

  beforeAll(async () => {
    testApp = await createMarketingTestApp();
    published = [];
    subscription = await testApp.app.get<MessageConsumer>(MESSAGE_CONSUMER).subscribe({
      topics: [MARKETING_EVENTS_TOPIC],
      groupId: 'crm.test.marketing-topic',
      handler: (message) => void published.push(message),
    });
    const campaign = await inject('POST', '/api/v1/campaigns', {
      name: 'Trade fair',
      channel: 'events',
      budget: { amount: '5000.00', currency: 'EUR' },
      period: { from: '2025-05-01', to: '2025-05-03' },
    });
    campaignId = campaign.json<{ id: string }>().id;
  });

  afterAll(async () => {
    await subscription.stop();
    await testApp.close();
  });

  function inject(
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) {
    return testApp.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
  }

  async function capture(body: object = { name: 'Jane Doe', sourceCampaignId: campaignId }): Promise<Lead> {
    const response = await inject('POST', BASE, body);
    expect(response.statusCode).toBe(201);
    return response.json<Lead>();
  }

  it('captures, qualifies and converts a lead; the conversion is published with the new customer id', async () => {
    const captured = await inject('POST', BASE, {
      name: ' Jane  Doe ',
      email: 'Jane@Acme.example',
      phone: '+49 30 1234567',
      company: 'Acme GmbH',
      sourceCampaignId: campaignId,
    });
    expect(captured.statusCode).toBe(201);
    const lead = captured.json<Lead>();
    expect(captured.headers['location']).toBe(`${BASE}/${lead.id}`);
    expect(captured.headers['etag']).toBe('"1"');
    expect(lead).toMatchObject({
      name: 'Jane Doe',
      email: 'jane@acme.example',
      phone: '+49301234567',
      status: 'captured',
    });

    const qualified = await inject('POST', `${BASE}/${lead.id}/qualify`, undefined, { 'if-match': '"1"' });
    expect(qualified.statusCode).toBe(200);
    expect(qualified.headers['etag']).toBe('"2"');

    const converted = await inject('POST', `${BASE}/${lead.id}/convert`, {});
    expect(converted.statusCode).toBe(200);
    const customerId = converted.json<Lead>().customerId;
    expect(converted.json()).toMatchObject({ status: 'converted', customerType: 'company', version: 3 });
    expect(customerId).toMatch(/^[0-9a-f-]{36}$/);

    const read = await inject('GET', `${BASE}/${lead.id}`, undefined, { 'x-min-version': '3' });
    expect(read.json()).toMatchObject({ status: 'converted', customerId });

    const conversions = await eventually(
      () =>
        Promise.resolve(
          published.filter((message) => message.value.type === MarketingIntegrationEventTypes.leadConverted),
        ),
      (found) => found.length > 0,
    );
    expect(conversions).toHaveLength(1);
    expect(conversions[0]?.value.data).toEqual({
      leadId: lead.id,
      customerId,
      customerType: 'company',
      name: 'Acme GmbH',
      contactName: 'Jane Doe',
      email: 'jane@acme.example',
      phone: '+49301234567',
      sourceCampaignId: campaignId,
      convertedAt: expect.any(String) as unknown,
    });
    expect(published.map((message) => message.value.type)).toEqual(
      expect.arrayContaining([
        MarketingIntegrationEventTypes.leadCaptured,
        MarketingIntegrationEventTypes.leadQualified,
      ]),
    );
  });

  it('rejects converting twice with 409 and appends nothing', async () => {
    const lead = await capture();
    await inject('POST', `${BASE}/${lead.id}/qualify`);
    await inject('POST', `${BASE}/${lead.id}/convert`);
    const before = await storedEventCount(testApp);
    const again = await inject('POST', `${BASE}/${lead.id}/convert`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'LEAD.ALREADY_CONVERTED' });
    expect(await storedEventCount(testApp)).toBe(before);
  });

  it('rejects converting a disqualified lead with 409 LEAD.DISQUALIFIED', async () => {
    const lead = await capture();
    const disqualified = await inject('POST', `${BASE}/${lead.id}/disqualify`, {
      reason: 'Student, no budget',
    });
    expect(disqualified.statusCode).toBe(200);
    expect(disqualified.json()).toMatchObject({
      status: 'disqualified',
      disqualifyReason: 'Student, no budget',
    });
    const before = await storedEventCount(testApp);
    const converted = await inject('POST', `${BASE}/${lead.id}/convert`);
    expect(converted.statusCode).toBe(409);
    expect(converted.headers['content-type']).toContain('application/problem+json');
    expect(converted.json()).toMatchObject({ status: 409, code: 'LEAD.DISQUALIFIED' });
    expect(await storedEventCount(testApp)).toBe(before);
  });

  it('rejects converting a lead nobody qualified with 409', async () => {
    const lead = await capture();
    const converted = await inject('POST', `${BASE}/${lead.id}/convert`);
    expect(converted.statusCode).toBe(409);
    expect(converted.json()).toMatchObject({ code: 'LEAD.NOT_QUALIFIED' });
  });

  it('lists leads by campaign and status', async () => {
    const other = await capture({ name: 'Walk-in' });
    await inject('GET', `${BASE}/${other.id}`, undefined, { 'x-min-version': '1' });
    const response = await inject('GET', `${BASE}?campaignId=${campaignId}&status=converted`);
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: Lead[] }>().items;
    expect(items).toHaveLength(2);
    expect(items.every((item) => item.status === 'converted')).toBe(true);
    expect((await inject('GET', `${BASE}?status=won`)).statusCode).toBe(400);
  });

  describe('bad input', () => {
    it.each([
      ['a missing name', { email: 'a@b.example' }, 400, 'REQUEST.INVALID', 'name'],
      ['an unknown field', { name: 'Ann', shoeSize: 42 }, 400, 'REQUEST.INVALID', 'shoeSize'],
      [
        'a malformed campaign id',
        { name: 'Ann', sourceCampaignId: 'spring' },
        400,
        'REQUEST.INVALID',
        'sourceCampaignId',
      ],
      ['a bad email', { name: 'Ann', email: 'ann-at-example' }, 400, 'LEAD.INVALID_EMAIL', 'email'],
      ['a national phone number', { name: 'Ann', phone: '030 1234567' }, 400, 'LEAD.INVALID_PHONE', 'phone'],
      [
        'an unknown campaign',
        { name: 'Ann', sourceCampaignId: UNKNOWN_ID },
        422,
        'LEAD.UNKNOWN_CAMPAIGN',
        'sourceCampaignId',
      ],
    ])(
      'rejects %s with a problem naming the field and appends nothing',
      async (_case, payload, status, code, field) => {
        const before = await storedEventCount(testApp);
        const response = await inject('POST', BASE, payload);
        expect(response.statusCode).toBe(status);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({
          status,
          code,
          errors: expect.arrayContaining([expect.objectContaining({ field })]) as unknown,
        });
        expect(await storedEventCount(testApp)).toBe(before);
      },
    );

    it('rejects a blank disqualification reason and an unknown customer type', async () => {
      const lead = await capture();
      const before = await storedEventCount(testApp);
      expect((await inject('POST', `${BASE}/${lead.id}/disqualify`, { reason: '  ' })).statusCode).toBe(400);
      expect((await inject('POST', `${BASE}/${lead.id}/disqualify`, {})).statusCode).toBe(400);
      expect((await inject('POST', `${BASE}/${lead.id}/convert`, { customerType: 'robot' })).statusCode).toBe(
        400,
      );
      expect(await storedEventCount(testApp)).toBe(before);
    });

    it('answers an unknown lead with 404', async () => {
      expect((await inject('GET', `${BASE}/${UNKNOWN_ID}`)).json()).toMatchObject({
        status: 404,
        code: 'LEAD.NOT_FOUND',
      });
      expect((await inject('POST', `${BASE}/${UNKNOWN_ID}/qualify`)).statusCode).toBe(404);
    });
  });
});
