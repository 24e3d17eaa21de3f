import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

/** The repository root (where package.json with the workspaces is). */
export function repositoryRoot(from = __dirname): string {
  let directory = resolve(from);
  while (!existsSync(join(directory, 'nx.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('repository root not found');
    directory = parent;
  }
  return directory;
}

/**
 * Compiles apps and libs into dist/ (SWC, about a second) so process-level tests run the current code:
 * once per Jest run (Jest workers share a parent), under a lock, overwriting in place so a process
 * another suite already started keeps its files.
 */
export function compileApps(): void {
  const root = repositoryRoot();
  const marker = join(root, 'tmp', `compiled-for-${process.ppid}`);
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const compile = `[ -f '${marker}' ] || { npm run -s build:compile && touch '${marker}'; }`;
  execFileSync('flock', [join(root, 'tmp', 'compile.lock'), 'bash', '-c', compile], {
    cwd: root,
    stdio: 'inherit',
  });
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address !== 'string') done(address.port);
        else fail(new Error('no port'));
      });
    });
  });
}

/**
 * One app (a built `main.js`) as its own OS process, for tests that kill and restart it. Output is kept
 * for the failure message instead of flooding the test log.
 */
export class AppProcess {
  private child: ChildProcess | undefined;
  private output = '';

  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: Record<string, string>,
    private readonly isReady: () => Promise<boolean>,
  ) {}

  async start(timeoutMs = 30_000): Promise<void> {
    const child = spawn(process.execPath, [join(repositoryRoot(), this.script)], {
      env: { ...process.env, ...this.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`${this.name} exited (${child.exitCode}):\n${this.output}`);
      if (await this.isReady().catch(() => false)) return;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`${this.name} not ready within ${timeoutMs} ms:\n${this.output}`);
  }

  /** kill -9 (default) or a graceful SIGTERM; resolves once the process has exited. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill(signal);
    await exited;
  }

  get log(): string {
    return this.output;
  }
}
