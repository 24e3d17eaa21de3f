import { openMongoConnection } from '@crm/read-models';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppProcess, compileApps, freePort } from './app-process';

export interface Servers {
  readonly postgresUrl: string;
  readonly kafkaBrokers: string;
  readonly mongoUrl: string;
}

export interface Reply<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

const ADMIN_PASSWORD = 'distributed-e2e-password';

/** Every context service: its app, and the gateway setting that says where it listens. */
const CONTEXT_SERVICES = [
  { context: 'customer', app: 'customer-svc', gatewaySetting: 'CRM_CUSTOMER_SERVICE' },
  { context: 'sales', app: 'sales-svc', gatewaySetting: 'CRM_SALES_SERVICE' },
  { context: 'service', app: 'service-svc', gatewaySetting: 'CRM_SERVICE_SERVICE' },
  { context: 'marketing', app: 'marketing-svc', gatewaySetting: 'CRM_MARKETING_SERVICE' },
] as const;

export type ContextName = (typeof CONTEXT_SERVICES)[number]['context'];

/**
 * The distributed deployment on this machine: the four context services and the gateway, each its own
 * process, events over Kafka. Each context has a fresh PostgreSQL schema (`<prefix>_<context>`) and
 * they share a fresh MongoDB database, so runs never see each other's data.
 */
export class DistributedStack {
  readonly schemaPrefix = `crm_e2e_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  readonly database = this.schemaPrefix;
  readonly services: Readonly<Record<ContextName, AppProcess>>;
  readonly gateway: AppProcess;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'crm-distributed-'));
  private token = '';

  private constructor(
    readonly servers: Servers,
    ports: Readonly<Record<ContextName, number>>,
    private readonly metricsPorts: Readonly<Record<ContextName, number>>,
    readonly gatewayUrl: string,
    gatewayPort: number,
    env: Readonly<Record<string, string>>,
  ) {
    const mongoUrl = withDatabase(servers.mongoUrl, this.database);
    const service = (context: ContextName, app: string): AppProcess =>
      new AppProcess(
        app,
        `dist/apps/${app}/src/main.js`,
        {
          CRM_POSTGRES_URL: servers.postgresUrl,
          CRM_KAFKA_BROKERS: servers.kafkaBrokers,
          CRM_MONGO_URL: mongoUrl,
          CRM_EVENT_STORE_SCHEMA: this.schemaOf(context),
          [`${context.toUpperCase()}_SVC_PORT`]: String(ports[context]),
          [`${context.toUpperCase()}_SVC_METRICS_PORT`]: String(metricsPorts[context]),
          ...env,
        },
        () => acceptsConnections(ports[context]),
      );
    this.services = {
      customer: service('customer', 'customer-svc'),
      sales: service('sales', 'sales-svc'),
      service: service('service', 'service-svc'),
      marketing: service('marketing', 'marketing-svc'),
    };
    const addresses = Object.fromEntries(
      CONTEXT_SERVICES.map(({ context, gatewaySetting }) => [gatewaySetting, `127.0.0.1:${ports[context]}`]),
    );
    this.gateway = new AppProcess(
      'gateway',
      'dist/apps/gateway/src/main.js',
      {
        CRM_MODE: 'distributed',
        ...addresses,
        CRM_DATA_DIR: this.dataDir,
        CRM_ADMIN_PASSWORD: ADMIN_PASSWORD,
        PORT: String(gatewayPort),
        ...env,
      },
      async () => (await fetch(`${this.gatewayUrl}/health/ready`)).status === 200,
    );
  }

  get customerService(): AppProcess {
    return this.services.customer;
  }

  /** The `/metrics` URL of a context service. */
  metricsUrlOf(context: ContextName): string {
    return `http://127.0.0.1:${this.metricsPorts[context]}/metrics`;
  }

  get serviceMetricsUrl(): string {
    return this.metricsUrlOf('customer');
  }

  schemaOf(context: ContextName): string {
    return `${this.schemaPrefix}_${context}`;
  }

  /** `env` goes to every process (e.g. CRM_TRACING and the OTLP endpoint). */
  static async start(
    servers: Servers,
    env: Readonly<Record<string, string>> = {},
  ): Promise<DistributedStack> {
    compileApps();
    const freePorts = async () => ({
      customer: await freePort(),
      sales: await freePort(),
      service: await freePort(),
      marketing: await freePort(),
    });
    const [ports, metricsPorts, gatewayPort] = [await freePorts(), await freePorts(), await freePort()];
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    const stack = new DistributedStack(servers, ports, metricsPorts, gatewayUrl, gatewayPort, env);
    await Promise.all(Object.values(stack.services).map((service) => service.start(60_000)));
    await stack.gateway.start();
    const issued = await stack.request<{ accessToken: string }>('POST', '/api/v1/auth/token', {
      body: { username: 'admin', password: ADMIN_PASSWORD },
    });
    stack.token = issued.body.accessToken;
    return stack;
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.token) headers['authorization'] = `Bearer ${this.token}`;
    const body = options.body === undefined ? options.rawBody : JSON.stringify(options.body);
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(this.gatewayUrl + path, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json') ?? false;
    return {
      status: response.status,
      headers: response.headers,
      // JSON and problem+json parsed; anything else (a CSV export) as its text.
      body: (text ? (json ? JSON.parse(text) : text) : null) as T,
    };
  }

  /** Events of one type in one context's PostgreSQL event store of this stack. */
  async storedEvents(type: string, context: ContextName = 'customer'): Promise<number> {
    const client = new Client({ connectionString: this.servers.postgresUrl });
    await client.connect();
    try {
      const result = await client.query<{ count: string }>(
        `SELECT count(*) AS count FROM "${this.schemaOf(context)}".events WHERE type = $1`,
        [type],
      );
      return Number(result.rows[0]?.count ?? 0);
    } finally {
      await client.end();
    }
  }

  /** Documents in a read-model collection of this stack's MongoDB database. */
  async readModelDocuments(collection: string): Promise<number> {
    const connection = await openMongoConnection(this.servers.mongoUrl, { database: this.database });
    try {
      return await connection.getClient().db(this.database).collection(collection).countDocuments({});
    } finally {
      await connection.close();
    }
  }

  async stop(): Promise<void> {
    await this.gateway.kill('SIGTERM');
    await Promise.all(Object.values(this.services).map((service) => service.kill('SIGTERM')));
    rmSync(this.dataDir, { recursive: true, force: true });
    const client = new Client({ connectionString: this.servers.postgresUrl });
    await client.connect();
    const schemas = CONTEXT_SERVICES.map(({ context }) => `"${this.schemaOf(context)}"`).join(', ');
    await client.query(`DROP SCHEMA IF EXISTS ${schemas} CASCADE`).finally(() => client.end());
    const connection = await openMongoConnection(this.servers.mongoUrl, { database: this.database });
    await connection
      .getClient()
      .db(this.database)
      .dropDatabase()
      .finally(() => connection.close());
  }
}

function withDatabase(mongoUrl: string, database: string): string {
  const url = new URL(mongoUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      done(true);
    });
    socket.on('error', () => {
      done(false);
    });
  });
}
