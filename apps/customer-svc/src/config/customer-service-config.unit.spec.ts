import { ConfigurationError } from '@crm/context-host';
import { loadCustomerServiceConfig } from './customer-service-config';

const valid = {
  CRM_POSTGRES_URL: 'postgres://crm:crm@127.0.0.1:55432/crm',
  CRM_MONGO_URL: 'mongodb://127.0.0.1:57017/crm',
  CRM_KAFKA_BROKERS: '127.0.0.1:59092, kafka-2:9092',
};

describe('loadCustomerServiceConfig', () => {
  it('reads a complete environment, with defaults for the optional settings', () => {
    expect(loadCustomerServiceConfig(valid)).toEqual({
      context: 'customer',
      host: '127.0.0.1',
      port: 4001,
      postgresUrl: valid.CRM_POSTGRES_URL,
      eventStoreSchema: 'customer',
      mongoUrl: valid.CRM_MONGO_URL,
      kafkaBrokers: ['127.0.0.1:59092', 'kafka-2:9092'],
      topicPartitions: 6,
      topicReplicationFactor: 1,
      metricsPort: 9464,
      metricsToken: undefined,
    });
  });

  it('reports every problem at once', () => {
    let error: unknown;
    try {
      loadCustomerServiceConfig({ CRM_MONGO_URL: 'http://x', CUSTOMER_SVC_PORT: '99999' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([
      'CRM_POSTGRES_URL is required (e.g. postgres://crm:crm@127.0.0.1:5432/crm)',
      'CRM_MONGO_URL must start with mongodb:// or mongodb+srv://',
      'CRM_KAFKA_BROKERS is required (e.g. 127.0.0.1:9092)',
      'CUSTOMER_SVC_PORT must be an integer from 1 to 65535, got "99999"',
    ]);
  });

  it('rejects a broker that is not host:port and a schema that is not an identifier', () => {
    expect(() =>
      loadCustomerServiceConfig({ ...valid, CRM_KAFKA_BROKERS: 'kafka', CRM_EVENT_STORE_SCHEMA: 'x; drop' }),
    ).toThrow(/CRM_KAFKA_BROKERS entry "kafka" is not host:port[\s\S]*CRM_EVENT_STORE_SCHEMA/);
  });
});
