import { MARKETING_EVENTS_TOPIC, MarketingIntegrationEventTypes, type LeadConvertedV1 } from '@crm/contracts';
import { EVENT_STORE, type EventStore } from '@crm/event-store';
import type { ConsumedMessage } from '@crm/messaging';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { customerStreamId } from '../application/customer-stream';
import { closeCustomersTestApp, createCustomersTestApp } from '../http/customers-test-app';
import { LeadConversionConsumer } from './lead-conversion.consumer';

const CUSTOMER_ID = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';

// The message marketing's relay would publish for a LeadConverted event, tenant `default` as in the test app.
function leadConverted(overrides: Partial<LeadConvertedV1> = {}): ConsumedMessage {
  const data: LeadConvertedV1 = {
    leadId: 'lead-1',
    customerId: CUSTOMER_ID,
    customerType: 'person',
    name: 'Jane Doe',
    contactName: 'Jane Doe',
    email: 'jane@acme.example',
    phone: '+49301234567',
    sourceCampaignId: null,
    convertedAt: '2025-03-10T09:00:00.000Z',
    ...overrides,
  };
  return {
    topic: MARKETING_EVENTS_TOPIC,
    key: 'marketing.lead-lead-1',
    attempt: 1,
    headers: {},
    value: {
      id: 'c0ffee00-0000-4000-8000-000000000001',
      type: MarketingIntegrationEventTypes.leadConverted,
      schemaVersion: 1,
      streamId: 'marketing.lead-lead-1',
      streamVersion: 3,
      globalPosition: '3',
      tenantId: 'default',
      occurredAt: '2025-03-10T09:00:00.000Z',
      actor: 'user-7',
      correlationId: 'correlation-7',
      causationId: 'causation-7',
      data,
    },
  };
}

describe(LeadConversionConsumer.name, () => {
  let app: NestFastifyApplication;
  let consumer: LeadConversionConsumer;

  beforeAll(async () => {
    app = await createCustomersTestApp();
    consumer = app.get(LeadConversionConsumer);
  });

  afterAll(async () => {
    await closeCustomersTestApp(app);
  });

  it('registers the customer once under the id marketing minted; a redelivery registers nothing', async () => {
    expect(await consumer.handle(leadConverted())).toBe(true);
    expect(await consumer.handle({ ...leadConverted(), attempt: 2 })).toBe(false);
    const stream = await app.get<EventStore>(EVENT_STORE).readStream(customerStreamId(CUSTOMER_ID));
    expect(stream).toHaveLength(1);
    expect(stream[0]).toMatchObject({
      type: 'customer.CustomerRegistered',
      actor: 'user-7',
      correlationId: 'correlation-7',
      causationId: 'c0ffee00-0000-4000-8000-000000000001',
      data: {
        customerId: CUSTOMER_ID,
        channel: 'marketing',
        email: 'jane@acme.example',
        customerType: 'person',
      },
    });
    const read = await app.inject({
      method: 'GET',
      url: `/api/v1/customers/${CUSTOMER_ID}`,
      headers: { 'x-min-version': '1' },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: CUSTOMER_ID, name: 'Jane Doe', channel: 'marketing' });
  });

  it('lets a registration the customer rules refuse fail, so the consumer retries and dead-letters it', async () => {
    const other = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1b';
    await expect(
      consumer.handle(leadConverted({ customerId: other, email: 'not-an-email' })),
    ).rejects.toMatchObject({
      code: 'CUSTOMER.INVALID_EMAIL',
    });
    expect(await app.get<EventStore>(EVENT_STORE).readStream(customerStreamId(other))).toHaveLength(0);
  });
});
