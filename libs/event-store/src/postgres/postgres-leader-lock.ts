import { Client } from 'pg';

export interface LeaderLockOptions {
  /** How often a follower tries to take the lock. Default 2000 ms. */
  readonly retryIntervalMs?: number;
  readonly logger?: { warn(message: string): void; error(message: string, error: unknown): void };
}

export interface Leadership {
  /** Called once the lock is held: start the singleton work (e.g. the relay). */
  readonly lead: () => Promise<void>;
  /** Called when the lock is lost (connection gone) or on stop: stop that work. */
  readonly follow: () => Promise<void>;
}

/**
 * One active instance among replicas: a PostgreSQL session advisory lock on a dedicated connection.
 * Whoever holds it leads; the others retry. If the leader's connection dies, PostgreSQL frees the lock
 * and the leader stops leading before it reconnects, so at most one instance leads at a time (a relay
 * that was mid-publish may repeat one event, which at-least-once delivery allows).
 */
export class PostgresLeaderLock {
  private stopped = false;
  private client: Client | undefined;
  private leading = false;
  private wake: (() => void) | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly lockName: string,
    private readonly options: LeaderLockOptions = {},
  ) {}

  get isLeader(): boolean {
    return this.leading;
  }

  start(leadership: Leadership): void {
    this.running ??= this.campaign(leadership);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.client?.end().catch(() => undefined);
    await this.running;
  }

  private async campaign(leadership: Leadership): Promise<void> {
    while (!this.stopped) {
      try {
        if (await this.tryLock()) {
          this.leading = true;
          await leadership.lead();
          await this.untilConnectionEnds();
        }
      } catch (error) {
        this.options.logger?.error(`Leader lock ${this.lockName}: connection failed`, error);
      }
      if (this.leading) {
        this.leading = false;
        await leadership.follow();
      }
      await this.client?.end().catch(() => undefined);
      this.client = undefined;
      await this.pause(this.options.retryIntervalMs ?? 2000);
    }
  }

  private async tryLock(): Promise<boolean> {
    const client = new Client({ connectionString: this.connectionString });
    client.on('error', () => this.wake?.());
    this.client = client;
    await client.connect();
    const result = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
      [this.lockName],
    );
    return result.rows[0]?.locked === true;
  }

  private untilConnectionEnds(): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.stopped) resolve();
      this.wake = resolve;
      this.client?.once('end', () => {
        resolve();
      });
    }).finally(() => {
      this.wake = undefined;
    });
  }

  private pause(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => {
      this.wake = undefined;
    });
  }
}
