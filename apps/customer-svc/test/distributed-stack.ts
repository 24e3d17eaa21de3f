import { AppProcess, compileApps, freePort } from '@crm/testing';
import { openMongoConnection } from '@crm/read-models';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

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

/**
 * The distributed deployment on this machine: customer-svc and the gateway, each its own process, on
 * a fresh PostgreSQL schema and MongoDB database, so runs never see each other's data.
 */
export class DistributedStack {
  readonly schema = `crm_e2e_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  readonly database = this.schema;
  readonly customerService: AppProcess;
  readonly gateway: AppProcess;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'crm-distributed-'));
  private token = '';

  private constructor(
    readonly servers: Servers,
    readonly servicePort: number,
    readonly gatewayUrl: string,
    gatewayPort: number,
    readonly serviceMetricsUrl: string,
    env: Readonly<Record<string, string>>,
  ) {
    const mongoUrl = withDatabase(servers.mongoUrl, this.database);
    this.customerService = new AppProcess(
      'customer-svc',
      'dist/apps/customer-svc/src/main.js',
      {
        CRM_POSTGRES_URL: servers.postgresUrl,
        CRM_KAFKA_BROKERS: servers.kafkaBrokers,
        CRM_MONGO_URL: mongoUrl,
        CRM_EVENT_STORE_SCHEMA: this.schema,
        CUSTOMER_SVC_PORT: String(servicePort),
        CUSTOMER_SVC_METRICS_PORT: new URL(serviceMetricsUrl).port,
        ...env,
      },
      () => acceptsConnections(servicePort),
    );
    this.gateway = new AppProcess(
      'gateway',
      'dist/apps/gateway/src/main.js',
      {
        CRM_MODE: 'distributed',
        CRM_CUSTOMER_SERVICE: `127.0.0.1:${servicePort}`,
        CRM_DATA_DIR: this.dataDir,
        CRM_ADMIN_PASSWORD: ADMIN_PASSWORD,
        PORT: String(gatewayPort),
        ...env,
      },
      async () => (await fetch(`${this.gatewayUrl}/health/ready`)).status === 200,
    );
  }

  /** `env` goes to both processes (e.g. CRM_TRACING and the OTLP endpoint). */
  static async start(
    servers: Servers,
    env: Readonly<Record<string, string>> = {},
  ): Promise<DistributedStack> {
    compileApps();
    const [servicePort, gatewayPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
    const stack = new DistributedStack(
      servers,
      servicePort,
      `http://127.0.0.1:${gatewayPort}`,
      gatewayPort,
      `http://127.0.0.1:${metricsPort}/metrics`,
      env,
    );
    await stack.customerService.start();
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
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.token) headers['authorization'] = `Bearer ${this.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(this.gatewayUrl + path, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : null) as T,
    };
  }

  /** Events of one type in this stack's PostgreSQL event store. */
  async storedEvents(type: string): Promise<number> {
    const client = new Client({ connectionString: this.servers.postgresUrl });
    await client.connect();
    try {
      const result = await client.query<{ count: string }>(
        `SELECT count(*) AS count FROM "${this.schema}".events WHERE type = $1`,
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
    await this.customerService.kill('SIGTERM');
    rmSync(this.dataDir, { recursive: true, force: true });
    const client = new Client({ connectionString: this.servers.postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`).finally(() => client.end());
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
