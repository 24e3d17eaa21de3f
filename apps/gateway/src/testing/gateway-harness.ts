import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGatewayConfig } from '../config/gateway-config';
import { createGatewayApp } from '../create-gateway-app';

export const TEST_ADMIN_PASSWORD = 'test-admin-password';

export interface HttpResult<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** A real gateway listening on a random loopback port, on its own temporary data directory. */
export class GatewayHarness {
  private token = '';

  private constructor(
    readonly app: NestFastifyApplication,
    readonly baseUrl: string,
    readonly dataDir: string,
  ) {}

  /** `env`: more settings, as the environment would give them (e.g. CRM_RATE_LIMIT_PER_MINUTE). */
  static async start(
    dataDir = mkdtempSync(join(tmpdir(), 'crm-gateway-')),
    env: NodeJS.ProcessEnv = {},
  ): Promise<GatewayHarness> {
    const config = {
      ...loadGatewayConfig({ ...env, CRM_DATA_DIR: dataDir, CRM_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD }),
      port: 0,
    };
    const app = await createGatewayApp(config, { logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    if (address === null || typeof address === 'string') throw new Error('gateway did not bind a TCP port');
    const harness = new GatewayHarness(app, `http://127.0.0.1:${address.port}`, dataDir);
    harness.token = await harness.issueToken();
    return harness;
  }

  async issueToken(password = TEST_ADMIN_PASSWORD): Promise<string> {
    const response = await this.request<{ accessToken: string }>('POST', '/api/v1/auth/token', {
      body: { username: 'admin', password },
      anonymous: true,
    });
    return response.body.accessToken;
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: { body?: unknown; rawBody?: string; headers?: Record<string, string>; anonymous?: boolean } = {},
  ): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (!options.anonymous) headers['authorization'] = `Bearer ${this.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(this.baseUrl + path, {
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

  /** Stops the app; the data directory stays for a restart unless `removeData`. */
  async stop(options: { removeData?: boolean } = {}): Promise<void> {
    await this.app.close();
    if (options.removeData) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
