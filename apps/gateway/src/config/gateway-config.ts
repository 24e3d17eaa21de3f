import { resolve } from 'node:path';

export type GatewayMode = 'standalone' | 'distributed';

/** Everything the gateway reads from the environment, read once at start. */
export interface GatewayConfig {
  /** standalone: every context in this process; distributed: contexts are services reached over TCP. */
  readonly mode: GatewayMode;
  /** Distributed mode: where the customer service listens. */
  readonly customerService: { readonly host: string; readonly port: number };
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly adminPassword: string | undefined;
  readonly jwtSecret: string | undefined;
  readonly tokenTtlSeconds: number;
  readonly bodyLimitBytes: number;
  /** Largest CSV file `POST /imports` reads (default 64 MiB, some 900,000 order lines). */
  readonly importLimitBytes: number;
  readonly readYourWritesTimeoutMs: number;
  /** When set, `GET /metrics` requires `Authorization: Bearer <token>`; unset, it is open like /health. */
  readonly metricsToken: string | undefined;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const mode = env['CRM_MODE'] ?? 'standalone';
  if (mode !== 'standalone' && mode !== 'distributed')
    throw new Error(`CRM_MODE must be "standalone" or "distributed", got "${mode}"`);
  return {
    mode,
    customerService: serviceAddressFrom(env, 'CRM_CUSTOMER_SERVICE', '127.0.0.1:4001'),
    port: integerFrom(env, 'PORT', 3000),
    host: env['HOST'] ?? '127.0.0.1',
    dataDir: resolve(env['CRM_DATA_DIR'] ?? './data'),
    adminPassword: nonEmpty(env['CRM_ADMIN_PASSWORD']),
    jwtSecret: nonEmpty(env['CRM_JWT_SECRET']),
    tokenTtlSeconds: integerFrom(env, 'CRM_TOKEN_TTL_SECONDS', 3600),
    bodyLimitBytes: integerFrom(env, 'CRM_BODY_LIMIT_BYTES', 1_048_576),
    importLimitBytes: integerFrom(env, 'CRM_IMPORT_LIMIT_BYTES', 67_108_864),
    readYourWritesTimeoutMs: integerFrom(env, 'CRM_READ_YOUR_WRITES_TIMEOUT_MS', 2000),
    metricsToken: nonEmpty(env['CRM_METRICS_TOKEN']),
  };
}

function integerFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function serviceAddressFrom(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: string,
): { host: string; port: number } {
  const raw = nonEmpty(env[name]) ?? fallback;
  const match = /^([\w.-]+):(\d{1,5})$/.exec(raw);
  const port = Number(match?.[2]);
  if (!match?.[1] || port < 1 || port > 65535)
    throw new Error(`${name} must be host:port (e.g. customer-svc:4001), got "${raw}"`);
  return { host: match[1], port };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

export const GATEWAY_CONFIG = Symbol('GatewayConfig');
