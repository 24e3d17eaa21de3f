import { CrmMetrics } from './crm-metrics';
import { LagGauges, partitionLag } from './lag-gauges';

describe(LagGauges.name, () => {
  const gaugeValues = async (metrics: CrmMetrics, name: string) =>
    (await metrics.registry.getSingleMetric(name)?.get())?.values.map((value) => ({
      labels: value.labels,
      value: value.value,
    }));

  it('asks every registered projection at scrape time, events and seconds behind', async () => {
    const metrics = new CrmMetrics();
    const lag = new LagGauges(metrics);
    let reads = 0;
    lag.projections.register('customer-directory', () => {
      reads++;
      return { eventsBehind: 7, secondsBehind: 1.5 };
    });
    lag.projections.register('order-list', () => ({ eventsBehind: 0, secondsBehind: 0 }));

    const scraped = await metrics.registry.metrics();
    // Both gauges of one scrape share the reading.
    expect(reads).toBe(1);
    expect(scraped).toContain('crm_projection_lag_seconds{projection="customer-directory"} 1.5');
    expect(await gaugeValues(metrics, 'crm_projection_lag_events')).toEqual([
      { labels: { projection: 'customer-directory' }, value: 7 },
      { labels: { projection: 'order-list' }, value: 0 },
    ]);
    expect(await gaugeValues(metrics, 'crm_projection_lag_seconds')).toContainEqual({
      labels: { projection: 'customer-directory' },
      value: 1.5,
    });
  });

  it('drops a source once it unregisters, and one that fails to answer', async () => {
    const metrics = new CrmMetrics();
    const lag = new LagGauges(metrics);
    const unregister = lag.relays.register('customer', () => ({ eventsBehind: 3 }));
    lag.consumers.register('crm.sales.customers', () => Promise.reject(new Error('store down')));
    expect(await gaugeValues(metrics, 'crm_relay_lag_events')).toEqual([
      { labels: { context: 'customer' }, value: 3 },
    ]);
    unregister();
    expect(await gaugeValues(metrics, 'crm_relay_lag_events')).toEqual([]);
    expect(await gaugeValues(metrics, 'crm_consumer_lag_messages')).toEqual([]);
  });
});

describe(partitionLag.name, () => {
  it('counts the records between the handled offset and the high watermark', () => {
    expect(partitionLag('100', '89')).toBe(10);
    expect(partitionLag('100', '99')).toBe(0);
    expect(partitionLag('0', '-1')).toBe(0);
  });
});
