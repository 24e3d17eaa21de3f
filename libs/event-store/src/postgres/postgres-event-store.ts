import type { EventEnvelope, NewEvent } from '@crm/contracts';
import { DatabaseError, Pool } from 'pg';
import { ExpectedVersionConflictError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventHandler,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { occurredUntil } from '../occurred-until';
import type { EventStoreOptions } from '../store-options';
import { SubscriptionHub } from '../subscription/subscription-hub';
import {
  defaultSubscriptionSettings,
  type SubscriptionSettings,
} from '../subscription/subscription-settings';
import {
  appendSql,
  streamClaimOf,
  streamHeadSql,
  type AppendRow,
  type StreamClaim,
} from './append-statement';
import { toEnvelope, type EventRow } from './event-row';
import { createSchema, storeTables, type StoreTables } from './events-schema';
import { assertAppendFits } from './log-position';
import { CoalescingNotifier } from './coalescing-notifier';
import { NotificationListener } from './notification-listener';
import { readPageSql, readStreamSql, type PageRow } from './read-statements';

export interface PostgresEventStoreOptions extends EventStoreOptions {
  /** Defaults to `public`; a store per schema keeps tests and tenants of a shared server apart. */
  readonly schema?: string;
  /** Connections in the pool; defaults to 10. */
  readonly poolSize?: number;
  /** How long `readAll` waits for transactions older than its newest visible event; defaults to 2 s. */
  readonly horizonWaitMs?: number;
}

const defaultFallbackPollIntervalMs = 1000;
const uniqueViolation = '23505';
const appendAttempts = 3;

interface StreamHead {
  readonly version: number;
  readonly last_position: string;
}

/**
 * The distributed event store (docs/decisions/0008-postgres-event-store.md). Each append is one
 * statement: the expected version is enforced on a `streams` row and ids already stored are skipped;
 * after the commit, local subscribers are woken directly and other instances by a coalesced NOTIFY. `readAll` follows log positions `(transaction id << 16) | index`
 * up to the oldest running transaction, so a tailing reader never passes an event that can still commit.
 */
export class PostgresEventStore implements EventStore {
  private readonly hub: SubscriptionHub;
  private readonly listener: NotificationListener;
  private readonly notifier: CoalescingNotifier;
  private readonly statements;
  private closed = false;

  private constructor(
    private readonly pool: Pool,
    private readonly tables: StoreTables,
    connectionString: string,
    settings: SubscriptionSettings,
    private readonly horizonWaitMs: number,
  ) {
    this.hub = new SubscriptionHub((after, limit) => this.page(after, limit), settings);
    this.listener = new NotificationListener(
      connectionString,
      tables.channel,
      () => {
        this.hub.notify();
      },
      settings.logger,
    );
    this.notifier = new CoalescingNotifier(
      async () => {
        await this.pool.query('SELECT pg_notify($1, $2)', [tables.channel, '']);
      },
      (error) => {
        settings.logger.error('Could not NOTIFY the other store instances of an append', error);
      },
    );
    this.statements = {
      head: streamHeadSql(tables),
      readPage: readPageSql(tables),
      readStream: readStreamSql(tables),
    };
  }

  /** Connects, creates the schema and tables if missing, and starts listening for appends. */
  static async create(
    connectionString: string,
    options: PostgresEventStoreOptions = {},
  ): Promise<PostgresEventStore> {
    const tables = storeTables(options.schema ?? 'public');
    const settings: SubscriptionSettings = {
      ...defaultSubscriptionSettings,
      fallbackPollIntervalMs: defaultFallbackPollIntervalMs,
      ...options.subscriptions,
    };
    const pool = new Pool({ connectionString, max: options.poolSize ?? 10 });
    pool.on('error', (error) => {
      settings.logger.error('An idle PostgreSQL connection failed', error);
    });
    const store = new PostgresEventStore(
      pool,
      tables,
      connectionString,
      settings,
      options.horizonWaitMs ?? 2000,
    );
    try {
      await migrate(pool, tables);
      await store.listener.start();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    assertAppendFits(events.length);
    const claim = streamClaimOf(options.expectedVersion);
    const batch = JSON.stringify(events);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.appendOnce(streamId, batch, claim, options);
      } catch (error) {
        // A concurrent append stored one of these ids after our snapshot: now it is skipped.
        const raced = error instanceof DatabaseError && error.code === uniqueViolation;
        if (!raced || attempt >= appendAttempts) throw error;
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    occurredUntil(options.until);
    const until = options.until === undefined ? null : new Date(options.until).toISOString();
    const result = await this.pool.query<EventRow>(this.statements.readStream, [
      streamId,
      options.fromVersion ?? 1,
      options.toVersion ?? 2 ** 31 - 1,
      until,
    ]);
    return result.rows.map(toEnvelope);
  }

  async readAll(options: ReadAllOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    return this.page(options.after ?? 0n, options.limit);
  }

  subscribe(handler: EventHandler, options: SubscribeOptions): Subscription {
    this.assertOpen();
    return this.hub.subscribe(handler, options);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.hub.stopAll();
    await this.notifier.drain();
    await this.listener.close();
    await this.pool.end();
  }

  private async appendOnce(
    streamId: string,
    batch: string,
    claim: StreamClaim,
    options: AppendOptions,
  ): Promise<AppendResult> {
    const values: unknown[] = [streamId, batch];
    if (claim === 'exact') values.push(options.expectedVersion);
    const result = await this.pool.query<AppendRow>({
      name: `crm-event-store-append-${claim}`,
      text: appendSql(claim, this.tables),
      values,
    });
    const row = result.rows[0];
    if (row?.version != null && row.last_position !== null) {
      // This instance's subscribers now; other instances (processes) through the NOTIFY.
      this.hub.notify();
      this.notifier.poke();
      return { nextExpectedVersion: row.version, lastGlobalPosition: BigInt(row.last_position) };
    }
    const head = await this.head(streamId);
    if (row?.fresh_count === 0) return head;
    throw new ExpectedVersionConflictError(streamId, options.expectedVersion, head.nextExpectedVersion);
  }

  private async head(streamId: string): Promise<AppendResult> {
    const result = await this.pool.query<StreamHead>(this.statements.head, [streamId]);
    const head = result.rows[0];
    return {
      nextExpectedVersion: head?.version ?? 0,
      lastGlobalPosition: head === undefined ? 0n : BigInt(head.last_position),
    };
  }

  // Waits (briefly, bounded) until every event already visible when the read began is behind the
  // horizon, so a caller reads its own committed appends even while older transactions still run.
  private async page(after: bigint, limit: number | undefined): Promise<EventEnvelope[]> {
    const deadline = Date.now() + this.horizonWaitMs;
    let target: bigint | undefined;
    for (let attempt = 0; ; attempt++) {
      const result = await this.pool.query<PageRow>(this.statements.readPage, [after, limit ?? null]);
      const rows = result.rows.filter((row): row is PageRow & EventRow => row.log_position !== null);
      const events = rows.map(toEnvelope);
      const first = result.rows[0];
      const horizon = first === undefined ? 0n : BigInt(first.horizon);
      target ??= first?.high_water == null ? 0n : BigInt(first.high_water);
      const settled = target <= after || target < horizon;
      const full = limit !== undefined && events.length >= limit;
      if (settled || full || Date.now() >= deadline) return events;
      await sleep(Math.min(2 ** attempt, 50));
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('PostgresEventStore is closed');
  }
}

async function migrate(pool: Pool, tables: StoreTables): Promise<void> {
  const client = await pool.connect();
  try {
    // Concurrent CREATE ... IF NOT EXISTS can still collide in the catalog: one store migrates at a time.
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`crm-event-store:${tables.schema}`]);
    await client.query(createSchema(tables));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
