import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The real servers integration suites run against (design.md section 10). */
export type ServerKind = 'postgres' | 'kafka' | 'mongo' | 'kurrentdb';

export const SERVER_ENVIRONMENT: Readonly<Record<ServerKind, string>> = {
  postgres: 'CRM_POSTGRES_URL',
  kafka: 'CRM_KAFKA_BROKERS',
  mongo: 'CRM_MONGO_URL',
  kurrentdb: 'KURRENTDB_CONNECTION_STRING',
};

// Servers we can start on this machine (`npm run infra:up`); KurrentDB cannot run here.
const STARTABLE: ReadonlySet<ServerKind> = new Set(['postgres', 'kafka', 'mongo']);

/** `infra:up` writes the addresses of what it started here, as `NAME=value` lines. */
export const SERVERS_ENV_FILE = join(findRepositoryRoot(), 'tmp', 'infra', 'servers.env');

/** The connection string of a server: the environment wins, then what `infra:up` started. */
export function serverAddress(kind: ServerKind, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const name = SERVER_ENVIRONMENT[kind];
  const fromEnvironment = env[name];
  if (fromEnvironment) return fromEnvironment;
  if (!existsSync(SERVERS_ENV_FILE)) return undefined;
  const line = readFileSync(SERVERS_ENV_FILE, 'utf8')
    .split('\n')
    .find((candidate) => candidate.startsWith(`${name}=`));
  return line?.slice(name.length + 1).trim() || undefined;
}

/**
 * A suite that needs a real server. Without one it says so loudly: under CI=true that is a failing
 * test (a skipped integration suite in CI is a defect); on a laptop the suite is reported as skipped
 * with the command that starts the server. KurrentDB, which cannot run here, is always only skipped.
 */
export function describeWithServer(kind: ServerKind, name: string, suite: (address: string) => void): void {
  const address = serverAddress(kind);
  if (address) {
    describe(name, () => {
      suite(address);
    });
    return;
  }
  const hint = `${SERVER_ENVIRONMENT[kind]} is not set and no server from \`npm run infra:up\` was found`;
  if (process.env['CI'] === 'true' && STARTABLE.has(kind)) {
    describe(name, () => {
      it(`needs a ${kind} server`, () => {
        throw new Error(`${hint}: this suite cannot run.`);
      });
    });
    return;
  }
  console.warn(`[not run] ${name}: ${hint}.`);
  describe.skip(`${name} (not run: ${hint})`, () => {
    suite('');
  });
}

function findRepositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'nx.json'))) {
    const parent = resolve(directory, '..');
    if (parent === directory) return process.cwd();
    directory = parent;
  }
  return directory;
}
