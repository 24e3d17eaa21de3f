import { resolve } from 'node:path';

export type GatewayMode = 'standalone' | 'distributed';

export interface ServiceAddress {
  readonly host: string;
  readonly port: number;
}

/** Everything the gateway reads from the environment, read once at start. */
export interface GatewayConfig {
  /** standalone: every context in this process; distributed: contexts are services reached over TCP. */
  readonly mode: GatewayMode;
  /** Distributed mode: where each context service listens. */
  readonly customerService: ServiceAddress;
  readonly salesService: ServiceAddress;
  /** The service context's process (service-svc: cases, SLAs). */
  readonly serviceService: ServiceAddress;
  readonly marketingService: ServiceAddress;
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
  /** Requests per minute per tenant (per client address without a token); 0: no limit. */
  readonly rateLimitPerMinute: number;
  /** Origins allowed to call the API from a browser (CORS); none: CORS stays off. */
  readonly corsOrigins: readonly string[];
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
    salesService: serviceAddressFrom(env, 'CRM_SALES_SERVICE', '127.0.0.1:4002'),
    serviceService: serviceAddressFrom(env, 'CRM_SERVICE_SERVICE', '127.0.0.1:4003'),
    marketingService: serviceAddressFrom(env, 'CRM_MARKETING_SERVICE', '127.0.0.1:4004'),
    port: integerFrom(env, 'PORT', 3000),
    host: env['HOST'] ?? '127.0.0.1',
    dataDir: resolve(env['CRM_DATA_DIR'] ?? './data'),
    adminPassword: nonEmpty(env['CRM_ADMIN_PASSWORD']),
    jwtSecret: nonEmpty(env['CRM_JWT_SECRET']),
    tokenTtlSeconds: integerFrom(env, 'CRM_TOKEN_TTL_SECONDS', 3600),
    bodyLimitBytes: integerFrom(env, 'CRM_BODY_LIMIT_BYTES', 1_048_576),
    importLimitBytes: integerFrom(env, 'CRM_IMPORT_LIMIT_BYTES', 67_108_864),
    readYourWritesTimeoutMs: integerFrom(env, 'CRM_READ_YOUR_WRITES_TIMEOUT_MS', 2000),
    rateLimitPerMinute: integerFrom(env, 'CRM_RATE_LIMIT_PER_MINUTE', 0),
    corsOrigins: originsFrom(env['CRM_CORS_ORIGINS']),
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

function serviceAddressFrom(env: NodeJS.ProcessEnv, name: string, fallback: string): ServiceAddress {
  const raw = nonEmpty(env[name]) ?? fallback;
  const match = /^([\w.-]+):(\d{1,5})$/.exec(raw);
  const port = Number(match?.[2]);
  if (!match?.[1] || port < 1 || port > 65535)
    throw new Error(`${name} must be host:port (e.g. sales-svc:4002), got "${raw}"`);
  return { host: match[1], port };
}

function originsFrom(raw: string | undefined): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (!/^https?:\/\/[\w.-]+(:\d{1,5})?$/.test(origin))
      throw new Error(`CRM_CORS_ORIGINS must list origins such as https://crm.example.com, got "${origin}"`);
  }
  return origins;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

export const GATEWAY_CONFIG = Symbol('GatewayConfig');
