import type { GatewayHarness } from '../../../apps/gateway/src/testing/gateway-harness';

interface Line {
  readonly orderRef: string;
  readonly customerRef: string;
  readonly orderedAt: string;
  readonly channel: string;
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice: string;
  readonly currency: string;
  readonly status: string;
}

/**
 * What a client without bulk import does with the same file: register each product and customer,
 * then place each order and move it to its status, one HTTP request per command, `clients` at a time.
 * Resolves with the elapsed milliseconds.
 */
export async function importThroughApi(
  gateway: GatewayHarness,
  csv: string,
  clients: number,
): Promise<number> {
  const lines = linesOf(csv);
  const started = performance.now();
  const skus = new Map(lines.map((line) => [line.sku, line]));
  await inParallel([...skus.values()], clients, async (line) => {
    const price = { amount: line.unitPrice, currency: line.currency };
    await expectStatus(
      gateway.request('POST', '/api/v1/products', {
        body: { sku: line.sku, name: line.sku, category: 'bench', price },
      }),
      201,
    );
  });
  const customerIds = new Map<string, string>();
  const refs = [...new Set(lines.map((line) => line.customerRef))];
  await inParallel(refs, clients, async (ref) => {
    const reply = await expectStatus(
      gateway.request('POST', '/api/v1/customers', { body: { type: 'person', name: ref, externalRef: ref } }),
      201,
    );
    customerIds.set(ref, String(reply.body['id']));
  });
  const orders = new Map<string, Line[]>();
  for (const line of lines) orders.set(line.orderRef, [...(orders.get(line.orderRef) ?? []), line]);
  await inParallel([...orders.values()], clients, async (orderLines) => {
    const [first] = orderLines as [Line];
    const body = {
      customerId: customerIds.get(first.customerRef),
      channel: first.channel,
      orderedAt: first.orderedAt,
      currency: first.currency,
      lines: orderLines.map((line) => ({
        sku: line.sku,
        quantity: line.quantity,
        unitPrice: { amount: line.unitPrice, currency: line.currency },
      })),
    };
    const placed = await expectStatus(gateway.request('POST', '/api/v1/orders', { body }), 201);
    for (const transition of transitionsTo(first.status)) {
      await expectStatus(
        gateway.request('POST', `/api/v1/orders/${String(placed.body['id'])}/${transition}`),
        200,
      );
    }
  });
  return performance.now() - started;
}

function transitionsTo(status: string): string[] {
  if (status === 'paid') return ['pay'];
  if (status === 'shipped') return ['pay', 'ship'];
  if (status === 'cancelled') return ['cancel'];
  return [];
}

async function expectStatus<T extends { status: number }>(reply: Promise<T>, status: number): Promise<T> {
  const answered = await reply;
  if (answered.status !== status)
    throw new Error(`Expected ${status}, got ${answered.status}: ${JSON.stringify(answered)}`);
  return answered;
}

async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

function linesOf(csv: string): Line[] {
  const [, ...rows] = csv.trimEnd().split('\n');
  return rows.map((row) => {
    const [orderRef, customerRef, orderedAt, channel, sku, quantity, unitPrice, currency, status] = row.split(
      ',',
    ) as [string, string, string, string, string, string, string, string, string];
    return {
      orderRef,
      customerRef,
      orderedAt,
      channel,
      sku,
      quantity: Number(quantity),
      unitPrice,
      currency,
      status,
    };
  });
}
