import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SERVER_ENVIRONMENT, serverAddress, type ServerKind } from '@crm/test-servers';
import { Client, escapeIdentifier } from 'pg';

/** The repository root: the first directory above this file holding nx.json (works from any build dir). */
export function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'nx.json'))) {
    const parent = resolve(directory, '..');
    if (parent === directory) throw new Error(`No nx.json above ${__dirname}`);
    directory = parent;
  }
  return directory;
}

/** The address of a server from the environment or tmp/infra/servers.env; throws a clear message if none. */
export function requireServerAddress(kind: ServerKind): string {
  const address = serverAddress(kind);
  if (address) return address;
  throw new Error(
    `No ${kind} server: set ${SERVER_ENVIRONMENT[kind]} or run \`npm run infra:up\` (it writes tmp/infra/servers.env)`,
  );
}

/** Runs `probe` and rethrows its failure as "server X at Y is unreachable", so a stopped server is obvious. */
export async function assertReachable(
  kind: ServerKind,
  address: string,
  probe: () => Promise<void>,
): Promise<void> {
  try {
    await probe();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The ${kind} server at ${redact(address)} is unreachable (${reason}); start it with \`npm run infra:up\``,
    );
  }
}

export interface ScratchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** A throw-away database on the server of `url`, so every store of one run shares it and nothing is left. */
export async function createScratchDatabase(url: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await assertReachable('postgres', url, () => runAdmin(url, `CREATE DATABASE ${escapeIdentifier(name)}`));
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    drop: () => runAdmin(url, `DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`),
  };
}

async function runAdmin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function redact(address: string): string {
  return address.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
