import { randomUUID } from 'node:crypto';
import { CLOCK, systemClock, type Clock } from '@crm/core';
import { DOCUMENT_STORE, type DocumentCollection, type DocumentStore } from '@crm/read-models';
import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { CaseCommandService } from '../application/case-command.service';
import { SERVICE_SETTINGS, type ServiceSettings } from '../application/service-settings';
import { SLA_KINDS, isPastDue } from '../domain';
import {
  SLA_WATCH_COLLECTION,
  SLA_WATCH_PARTITION,
  type SlaWatchEntry,
} from '../read-models/sla-watch.projection';

/** The actor of every breach the scheduler records. */
export const SLA_SCHEDULER_ACTOR = 'system:sla-scheduler';

export interface SlaScanResult {
  /** Overdue clocks found in the watch list (some may already be recorded, the list lags). */
  readonly detected: number;
  /** SlaBreached events actually appended. */
  readonly recorded: number;
}

const PAGE_SIZE = 100;
// A backlog (after downtime) is worked off over several ticks rather than in one long scan.
const MAX_DETECTIONS_PER_SCAN = 1000;

/**
 * Finds running SLA clocks past due in the watch list and issues RecordSlaBreach for each. It keeps
 * no state of its own: the decider makes a repeat detection a no-op, so a restart, an overlapping
 * scan or a second replica never records a breach twice.
 */
@Injectable()
export class SlaBreachScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SlaBreachScheduler.name);
  private readonly watchList: DocumentCollection<SlaWatchEntry>;
  private readonly clock: Clock;
  private timer: NodeJS.Timeout | undefined;
  private scanning: Promise<SlaScanResult> | undefined;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    private readonly commands: CaseCommandService,
    @Inject(SERVICE_SETTINGS) private readonly settings: ServiceSettings,
    @Optional() @Inject(CLOCK) clock?: Clock,
  ) {
    this.watchList = documents.collection<SlaWatchEntry>(SLA_WATCH_COLLECTION);
    this.clock = clock ?? systemClock;
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  /** Scans every `slaScanIntervalMs` (unless 0) until stopped. */
  start(): void {
    if (this.timer || this.settings.slaScanIntervalMs === 0) return;
    this.timer = setInterval(() => {
      this.scan().catch((error: unknown) => {
        this.logger.error('SLA scan failed; the next tick tries again', error);
      });
    }, this.settings.slaScanIntervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a scan in flight. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.scanning?.catch(() => undefined);
  }

  /** One pass at the clock's current time; a call while a pass runs joins that pass. */
  scan(): Promise<SlaScanResult> {
    this.scanning ??= this.scanOnce().finally(() => {
      this.scanning = undefined;
    });
    return this.scanning;
  }

  private async scanOnce(): Promise<SlaScanResult> {
    const now = this.clock.now().toISOString();
    let detected = 0;
    let recorded = 0;
    let cursor: string | undefined;
    do {
      const page = await this.watchList.find(SLA_WATCH_PARTITION, {
        where: { watching: true },
        orderBy: 'nextDueAt',
        direction: 'asc',
        limit: PAGE_SIZE,
        ...(cursor === undefined ? {} : { cursor }),
      });
      for (const { data: entry } of page.items) {
        // Ordered by next due time: the first entry still in the future ends the scan.
        if (entry.nextDueAt === null || !isPastDue(entry.nextDueAt, now)) return { detected, recorded };
        for (const kind of SLA_KINDS) {
          const clock = entry.clocks[kind];
          if (!clock.running || !isPastDue(clock.dueAt, now)) continue;
          detected += 1;
          recorded += await this.record(entry, kind, now);
        }
        if (detected >= MAX_DETECTIONS_PER_SCAN) return { detected, recorded };
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return { detected, recorded };
  }

  private async record(entry: SlaWatchEntry, kind: (typeof SLA_KINDS)[number], now: string): Promise<number> {
    const metadata = {
      tenantId: entry.tenantId,
      actor: SLA_SCHEDULER_ACTOR,
      correlationId: randomUUID(),
      causationId: `sla-scan:${now}`,
    };
    try {
      const result = await this.commands.recordSlaBreach(entry.caseId, kind, now, { metadata });
      return result.appended > 0 ? 1 : 0;
    } catch (error) {
      // One case failing (a store hiccup) must not hold up the others; the next tick retries it.
      this.logger.error(`Could not record the ${kind} breach of case ${entry.caseId}`, error);
      return 0;
    }
  }
}
