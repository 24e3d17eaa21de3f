/** Everything a context service reads from the environment, validated once at start. */
export interface ContextServiceConfig {
  /** The bounded context it runs, e.g. `sales`: names its topic, relay lock and default schema. */
  readonly context: string;
  /** TCP address the gateway reaches this service on. */
  readonly host: string;
  readonly port: number;
  readonly postgresUrl: string;
  /** PostgreSQL schema of this context's event store. */
  readonly eventStoreSchema: string;
  readonly mongoUrl: string;
  readonly kafkaBrokers: readonly string[];
  /** Partitions of the topics this service creates (its own, and those it consumes, with DLQs). */
  readonly topicPartitions: number;
  readonly topicReplicationFactor: number;
  /** Port of the HTTP `/metrics` listener (`<CONTEXT>_SVC_METRICS_PORT`, else METRICS_PORT, 9464); 0 picks one. */
  readonly metricsPort: number;
  /** When set, `/metrics` requires `Authorization: Bearer <token>`. */
  readonly metricsToken: string | undefined;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

/** Where each context service listens unless told otherwise, and the variables that tell it. */
export const CONTEXT_SERVICE_ADDRESSES = {
  customer: { hostVariable: 'CUSTOMER_SVC_HOST', portVariable: 'CUSTOMER_SVC_PORT', port: 4001 },
  sales: { hostVariable: 'SALES_SVC_HOST', portVariable: 'SALES_SVC_PORT', port: 4002 },
  service: { hostVariable: 'SERVICE_SVC_HOST', portVariable: 'SERVICE_SVC_PORT', port: 4003 },
  marketing: { hostVariable: 'MARKETING_SVC_HOST', portVariable: 'MARKETING_SVC_PORT', port: 4004 },
} as const;

export type ContextName = keyof typeof CONTEXT_SERVICE_ADDRESSES;

/**
 * Collects every problem before failing, so one start-up attempt shows all that is wrong. The address
 * variables are the service's own (e.g. `SALES_SVC_PORT`); the server settings are shared names.
 */
export function loadContextServiceConfig(
  context: ContextName,
  env: NodeJS.ProcessEnv = process.env,
): ContextServiceConfig {
  const address = CONTEXT_SERVICE_ADDRESSES[context];
  const problems: string[] = [];
  const required = (name: string, example: string): string => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is required (e.g. ${example})`);
    return value ?? '';
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const postgresUrl = required('CRM_POSTGRES_URL', 'postgres://crm:crm@127.0.0.1:5432/crm');
  if (postgresUrl && !/^postgres(ql)?:\/\//.test(postgresUrl))
    problems.push('CRM_POSTGRES_URL must start with postgres:// or postgresql://');
  const mongoUrl = required('CRM_MONGO_URL', 'mongodb://127.0.0.1:27017/crm');
  if (mongoUrl && !/^mongodb(\+srv)?:\/\//.test(mongoUrl))
    problems.push('CRM_MONGO_URL must start with mongodb:// or mongodb+srv://');
  const brokers = required('CRM_KAFKA_BROKERS', '127.0.0.1:9092')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
  for (const broker of brokers)
    if (!/^[\w.-]+:\d+$/.test(broker)) problems.push(`CRM_KAFKA_BROKERS entry "${broker}" is not host:port`);
  const schema = env['CRM_EVENT_STORE_SCHEMA']?.trim() || context;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    problems.push(`CRM_EVENT_STORE_SCHEMA must be a lower-case SQL identifier, got "${schema}"`);
  const config: ContextServiceConfig = {
    context,
    host: env[address.hostVariable]?.trim() || '127.0.0.1',
    port: integer(address.portVariable, address.port, 1, 65535),
    postgresUrl,
    eventStoreSchema: schema,
    mongoUrl,
    kafkaBrokers: brokers,
    topicPartitions: integer('CRM_TOPIC_PARTITIONS', 6, 1, 1000),
    topicReplicationFactor: integer('CRM_TOPIC_REPLICATION_FACTOR', 1, 1, 10),
    metricsPort: integer(
      `${context.toUpperCase()}_SVC_METRICS_PORT`,
      integer('METRICS_PORT', 9464, 0, 65535),
      0,
      65535,
    ),
    metricsToken: env['CRM_METRICS_TOKEN']?.trim() || undefined,
  };
  if (problems.length > 0) throw new ConfigurationError(problems);
  return config;
}

export const CONTEXT_SERVICE_CONFIG = Symbol('ContextServiceConfig');
