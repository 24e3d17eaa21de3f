import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client, escapeIdentifier } from 'pg';

/** The repository root: the first directory above `from` holding nx.json. */
export function findRepositoryRoot(from: string): string {
  let directory = from;
  while (!existsSync(join(directory, 'nx.json'))) {
    const parent = resolve(directory, '..');
    if (parent === directory) throw new Error(`No nx.json above ${from}`);
    directory = parent;
  }
  return directory;
}

/** CRM_POSTGRES_URL, else what `npm run infra:up` wrote to tmp/infra/servers.env. */
export function postgresUrl(root: string): string {
  const fromEnvironment = process.env['CRM_POSTGRES_URL'];
  if (fromEnvironment) return fromEnvironment;
  const file = join(root, 'tmp', 'infra', 'servers.env');
  const line = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .find((candidate) => candidate.startsWith('CRM_POSTGRES_URL='))
    : undefined;
  if (!line) throw new Error('No PostgreSQL: set CRM_POSTGRES_URL or run `npm run infra:up postgres`');
  return line.slice('CRM_POSTGRES_URL='.length).trim();
}

/** A throw-away database on the server of `url`; returns its connection string and a drop function. */
export async function createScratchDatabase(
  url: string,
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await runAdmin(url, `CREATE DATABASE ${escapeIdentifier(name)}`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    drop: () => runAdmin(url, `DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`),
  };
}

async function runAdmin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
