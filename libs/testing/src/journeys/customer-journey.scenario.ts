/** The HTTP surface a journey drives: the standalone harness and the distributed stack both have it. */
export interface JourneyClient {
  request(
    method: string,
    path: string,
    options?: { body?: unknown },
  ): Promise<{ readonly status: number; readonly body: unknown }>;
}

interface Timeline {
  readonly items: readonly { readonly event: string; readonly context: string; readonly summary: string }[];
}
interface CustomerDetails {
  readonly channel: string;
  readonly sales: {
    readonly lifetimeValue: readonly { amount: string; currency: string }[];
    readonly orderCount: number;
  };
}
interface Performance {
  readonly conversions: number;
  readonly attributedRevenue: { readonly amount: string; readonly currency: string };
  readonly roi: string | null;
}

/**
 * The cross-context scenario over HTTP, the same steps in every deployment: a campaign lead
 * converts to a customer, who orders 150.00 EUR, pays, and has a case opened, resolved and closed.
 * The contexts talk only through integration events, so every read across contexts polls until a
 * deadline (`eventuallyMs`) instead of sleeping.
 */
export async function runCustomerJourney(client: JourneyClient, eventuallyMs: number): Promise<void> {
  async function ok<T>(method: string, path: string, body?: object): Promise<T> {
    const result = await client.request(method, path, body === undefined ? {} : { body });
    if (result.status >= 300)
      throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
    return result.body as T;
  }

  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + eventuallyMs;
    let value = await read();
    while (!done(value) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      value = await read();
    }
    return value;
  }

  const campaign = await ok<{ id: string }>('POST', '/api/v1/campaigns', {
    name: 'Spring webinar',
    channel: 'events',
    budget: { amount: '100.00', currency: 'EUR' },
    period: { from: '2026-01-01', to: '2026-12-31' },
  });
  await ok('POST', `/api/v1/campaigns/${campaign.id}/launch`);
  const lead = await ok<{ id: string }>('POST', '/api/v1/leads', {
    name: 'Ada Lovelace',
    email: 'ada@example.org',
    sourceCampaignId: campaign.id,
  });
  await ok('POST', `/api/v1/leads/${lead.id}/qualify`);
  const { customerId } = await ok<{ customerId: string }>('POST', `/api/v1/leads/${lead.id}/convert`);

  const registered = await eventually(
    () => client.request('GET', `/api/v1/customers/${customerId}`),
    (read) => read.status === 200,
  );
  expect((registered.body as CustomerDetails).channel).toBe('marketing');

  await ok('POST', '/api/v1/products', {
    sku: 'PEN-1',
    name: 'Ballpoint pen',
    category: 'Office',
    price: { amount: '0.10', currency: 'EUR' },
  });
  const order = await ok<{ id: string; total: { amount: string } }>('POST', '/api/v1/orders', {
    customerId,
    channel: 'e-commerce',
    currency: 'EUR',
    lines: [
      { sku: 'PEN-1', quantity: 3 },
      { sku: 'PEN-1', quantity: 1, unitPrice: { amount: '149.70', currency: 'EUR' } },
    ],
  });
  expect(order.total.amount).toBe('150.00');
  await ok('POST', `/api/v1/orders/${order.id}/pay`);

  const customer = await eventually(
    () => ok<CustomerDetails>('GET', `/api/v1/customers/${customerId}`),
    (read) => read.sales.lifetimeValue.length > 0,
  );
  expect(customer.sales).toMatchObject({
    lifetimeValue: [{ amount: '150.00', currency: 'EUR' }],
    orderCount: 1,
  });

  const serviceCase = await ok<{ id: string }>('POST', '/api/v1/cases', {
    customerId,
    type: 'repair',
    priority: 'high',
    subject: 'Pen leaks',
  });
  const unresolved = await client.request('POST', `/api/v1/cases/${serviceCase.id}/close`, {
    body: { satisfaction: 5 },
  });
  expect(unresolved.status).toBe(409);
  await ok('POST', `/api/v1/cases/${serviceCase.id}/resolve`, { resolution: 'Sent a new one' });
  await ok('POST', `/api/v1/cases/${serviceCase.id}/close`, { satisfaction: 4 });

  const timeline = await eventually(
    () => ok<Timeline>('GET', `/api/v1/customers/${customerId}/timeline`),
    (page) => page.items.length >= 7,
  );
  expect(timeline.items.find((entry) => entry.event === 'service.CaseClosed.v1')?.summary).toBe(
    'Case closed, satisfaction 4/5',
  );
  const events = timeline.items.map((entry) => entry.event);
  expect(events.slice(0, 5)).toEqual([
    'service.CaseClosed.v1',
    'service.CaseResolved.v1',
    'service.CaseOpened.v1',
    'sales.OrderPaid.v1',
    'sales.OrderPlaced.v1',
  ]);
  // The registration takes the conversion's instant, so the two may tie.
  expect([...events.slice(5)].sort()).toEqual(['customer.CustomerRegistered', 'marketing.LeadConverted.v1']);

  const performance = await eventually(
    () => ok<Performance>('GET', `/api/v1/campaigns/${campaign.id}/performance`),
    (read) => read.attributedRevenue.amount !== '0.00',
  );
  expect(performance).toMatchObject({
    conversions: 1,
    attributedRevenue: { amount: '150.00', currency: 'EUR' },
    roi: '0.5000',
  });
}
