import { resolve } from 'node:path';

/** Everything the gateway reads from the environment, read once at start. */
export interface GatewayConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly adminPassword: string | undefined;
  readonly jwtSecret: string | undefined;
  readonly tokenTtlSeconds: number;
  readonly bodyLimitBytes: number;
  readonly readYourWritesTimeoutMs: number;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return {
    port: integerFrom(env, 'PORT', 3000),
    host: env['HOST'] ?? '127.0.0.1',
    dataDir: resolve(env['CRM_DATA_DIR'] ?? './data'),
    adminPassword: nonEmpty(env['CRM_ADMIN_PASSWORD']),
    jwtSecret: nonEmpty(env['CRM_JWT_SECRET']),
    tokenTtlSeconds: integerFrom(env, 'CRM_TOKEN_TTL_SECONDS', 3600),
    bodyLimitBytes: integerFrom(env, 'CRM_BODY_LIMIT_BYTES', 1_048_576),
    readYourWritesTimeoutMs: integerFrom(env, 'CRM_READ_YOUR_WRITES_TIMEOUT_MS', 2000),
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

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

export const GATEWAY_CONFIG = Symbol('GatewayConfig');
