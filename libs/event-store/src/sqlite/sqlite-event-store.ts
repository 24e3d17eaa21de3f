import type { EventEnvelope, NewEvent } from '@crm/contracts';
import Database from 'better-sqlite3';
import type {
  AppendOptions,
  AppendResult,
  EventHandler,
  EventStore,
  ExpectedVersion,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { assertExpectedVersion } from '../expected-version';
import { occurredUntil } from '../occurred-until';
import type { EventStoreOptions } from '../store-options';
import { SubscriptionHub } from '../subscription/subscription-hub';
import { defaultSubscriptionSettings } from '../subscription/subscription-settings';
import { createEventsTable, toEnvelope, type EventRow } from './events-table';
import { GroupCommit, type Settled } from './group-commit';
import { RecentAppends } from './recent-appends';

const defaultFallbackPollIntervalMs = 1000;

interface StreamHead {
  readonly stream_version: bigint;
  readonly global_position: bigint;
}

type InsertRow = Omit<EventEnvelope, 'globalPosition' | 'data'> & { readonly data: string };

interface AppendOutcome extends AppendResult {
  readonly appended: readonly EventEnvelope[];
}

interface PreparedAppend {
  readonly rows: readonly InsertRow[];
  /** The stream's version and last position before this append. */
  readonly version: number;
  readonly lastGlobalPosition: bigint;
}

interface AppendJob {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expectedVersion: ExpectedVersion;
}

/**
 * The standalone event store: one SQLite file (or ':memory:'), WAL mode, synchronous=NORMAL.
 * Every append is one IMMEDIATE transaction, so the version check, the idempotency check and the
 * inserts see no concurrent writer, in this process or another one on the same file. Integers are
 * read with better-sqlite3's `safeIntegers`, so global positions are exact bigints.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly hub: SubscriptionHub;
  private readonly statements;
  private readonly commits: GroupCommit<AppendJob, AppendOutcome>;
  private readonly recentAppends = new RecentAppends(1024);
  private closed = false;

  constructor(filePath: string, options: EventStoreOptions = {}) {
    this.db = new Database(filePath);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(createEventsTable);
    this.statements = {
      isStored: this.db.prepare<[string], number>('SELECT 1 FROM events WHERE id = ?').pluck(),
      head: this.db
        .prepare<[string], StreamHead>(
          `SELECT stream_version, global_position FROM events
           WHERE stream_id = ? ORDER BY stream_version DESC LIMIT 1`,
        )
        .safeIntegers(true),
      insert: this.db
        .prepare<[InsertRow]>(
          `INSERT INTO events (id, stream_id, stream_version, type, schema_version, tenant_id, occurred_at,
             actor, correlation_id, causation_id, data)
           VALUES (@id, @streamId, @streamVersion, @type, @schemaVersion, @tenantId, @occurredAt,
             @actor, @correlationId, @causationId, @data)`,
        )
        .safeIntegers(true),
      readStream: this.db
        .prepare<[string, number, number], EventRow>(
          `SELECT * FROM events WHERE stream_id = ? AND stream_version BETWEEN ? AND ?
           ORDER BY stream_version`,
        )
        .safeIntegers(true),
      readAll: this.db
        .prepare<[bigint, number], EventRow>(
          'SELECT * FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?',
        )
        .safeIntegers(true),
    };
    // One IMMEDIATE transaction per batch. Every check of an append (version, idempotency, serialising
    // the data) runs before its first insert, so a rejected append has written nothing and needs no
    // savepoint of its own. Only a database failure can stop an append halfway: it aborts the batch,
    // which is then retried one transaction per append so that it fails no more than that append.
    const appendBatch = this.db.transaction((jobs: readonly AppendJob[]) =>
      jobs.map((job) => this.appendChecked(job)),
    );
    const appendOne = this.db.transaction((job: AppendJob) => this.appendChecked(job));
    const commitBatch = (jobs: readonly AppendJob[]): readonly Settled<AppendOutcome>[] => {
      try {
        return appendBatch.immediate(jobs);
      } catch {
        return jobs.map((job): Settled<AppendOutcome> => {
          try {
            return appendOne.immediate(job);
          } catch (error) {
            return { ok: false, error };
          }
        });
      }
    };
    this.commits = new GroupCommit((jobs) => this.committed(commitBatch(jobs)));
    this.hub = new SubscriptionHub(
      // eslint-disable-next-line @typescript-eslint/require-await -- better-sqlite3 is synchronous
      async (after, limit) => this.recentAppends.after(after, limit) ?? this.page(after, limit),
      {
        ...defaultSubscriptionSettings,
        fallbackPollIntervalMs: defaultFallbackPollIntervalMs,
        ...options.subscriptions,
      },
    );
  }

  async append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    const outcome = await this.commits.submit({ streamId, events, expectedVersion: options.expectedVersion });
    return {
      nextExpectedVersion: outcome.nextExpectedVersion,
      lastGlobalPosition: outcome.lastGlobalPosition,
    };
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- the port is asynchronous
  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    this.assertOpen();
    const isUntil = occurredUntil(options.until);
    const rows = this.statements.readStream.all(
      streamId,
      options.fromVersion ?? 1,
      options.toVersion ?? Number.MAX_SAFE_INTEGER,
    );
    return rows.map(toEnvelope).filter(isUntil);
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- the port is asynchronous
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
    this.commits.flush();
    this.closed = true;
    await this.hub.stopAll();
    this.db.close();
  }

  private page(after: bigint, limit: number | undefined): EventEnvelope[] {
    // LIMIT -1 is SQLite for "no limit".
    return this.statements.readAll.all(after, limit ?? -1).map(toEnvelope);
  }

  // After the batch committed: live subscribers see its events from memory, and are woken once.
  private committed(outcomes: readonly Settled<AppendOutcome>[]): readonly Settled<AppendOutcome>[] {
    let appended = false;
    for (const outcome of outcomes) {
      if (!outcome.ok || outcome.value.appended.length === 0) continue;
      this.recentAppends.add(outcome.value.appended);
      appended = true;
    }
    if (appended) this.hub.notify();
    return outcomes;
  }

  // A rejected append settles as an error without having written anything; a database failure throws.
  private appendChecked(job: AppendJob): Settled<AppendOutcome> {
    let prepared: PreparedAppend;
    try {
      prepared = this.prepareAppend(job);
    } catch (error) {
      return { ok: false, error };
    }
    return { ok: true, value: this.insertPrepared(prepared) };
  }

  private prepareAppend({ streamId, events, expectedVersion }: AppendJob): PreparedAppend {
    const head = this.statements.head.get(streamId);
    const version = head === undefined ? 0 : Number(head.stream_version);
    const lastGlobalPosition = head?.global_position ?? 0n;
    const fresh = this.unstored(events);
    if (fresh.length > 0) assertExpectedVersion(streamId, expectedVersion, version);
    const rows = fresh.map((event, index): InsertRow => ({
      id: event.id,
      streamId,
      streamVersion: version + index + 1,
      type: event.type,
      schemaVersion: event.schemaVersion,
      tenantId: event.tenantId,
      occurredAt: event.occurredAt,
      actor: event.actor,
      correlationId: event.correlationId,
      causationId: event.causationId,
      data: JSON.stringify(event.data ?? null),
    }));
    return { rows, version, lastGlobalPosition };
  }

  private insertPrepared({ rows, version, lastGlobalPosition }: PreparedAppend): AppendOutcome {
    const appended = rows.map((row): EventEnvelope => {
      const globalPosition = BigInt(this.statements.insert.run(row).lastInsertRowid);
      // Parsed back from the stored text, so a subscriber sees exactly what a database read returns.
      return { ...row, globalPosition, data: JSON.parse(row.data) as unknown };
    });
    const last = appended.at(-1);
    return {
      nextExpectedVersion: last ? last.streamVersion : version,
      lastGlobalPosition: last ? last.globalPosition : lastGlobalPosition,
      appended,
    };
  }

  // Skips ids already stored and ids repeated within the batch: an append is idempotent by event id.
  private unstored(events: readonly NewEvent[]): NewEvent[] {
    const seen = new Set<string>();
    return events.filter((event) => {
      if (seen.has(event.id) || this.statements.isStored.get(event.id) !== undefined) return false;
      seen.add(event.id);
      return true;
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('SqliteEventStore is closed');
  }
}
