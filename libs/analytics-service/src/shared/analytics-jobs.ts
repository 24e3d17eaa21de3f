import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AnalyticsError } from './analytics-error';

export interface AnalyticsJob {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: string;
  readonly status: 'running' | 'completed' | 'failed';
  readonly step: string;
  readonly progress: { readonly done: number; readonly total: number };
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly result: unknown;
  readonly error: string | null;
}

/** Reports how far a job has got: `advance('clustering')` marks the previous step done. */
export type JobProgress = (step: string) => Promise<void>;

const KEPT_JOBS = 100;

/**
 * Recomputations that take a while, run in the background with their progress readable by id. Jobs
 * live in this process: a restart forgets them, not their results (those are read models).
 */
@Injectable()
export class AnalyticsJobs {
  private readonly logger = new Logger(AnalyticsJobs.name);
  private readonly jobs = new Map<string, AnalyticsJob>();

  start(
    tenantId: string,
    kind: string,
    steps: number,
    work: (progress: JobProgress) => Promise<unknown>,
  ): AnalyticsJob {
    const job: AnalyticsJob = {
      id: randomUUID(),
      tenantId,
      kind,
      status: 'running',
      step: 'queued',
      progress: { done: 0, total: steps },
      startedAt: new Date().toISOString(),
      finishedAt: null,
      result: null,
      error: null,
    };
    this.remember(job);
    const update = (change: Partial<AnalyticsJob>): void => {
      this.remember({ ...this.current(job.id), ...change });
    };
    const progress: JobProgress = async (step) => {
      const { done, total } = this.current(job.id).progress;
      update({ step, progress: { done: Math.min(total, done + 1), total } });
      // Lets the event loop answer progress reads between the synchronous steps.
      await new Promise((resolve) => setImmediate(resolve));
    };
    void (async () => {
      await new Promise((resolve) => setImmediate(resolve));
      try {
        const result = await work(progress);
        update({
          status: 'completed',
          step: 'done',
          progress: { done: steps, total: steps },
          result,
          finishedAt: new Date().toISOString(),
        });
      } catch (error) {
        this.logger.warn(`${kind} job ${job.id} failed: ${String(error)}`);
        update({
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
          finishedAt: new Date().toISOString(),
        });
      }
    })();
    return job;
  }

  get(tenantId: string, id: string): AnalyticsJob {
    const job = this.jobs.get(id);
    if (job === undefined || job.tenantId !== tenantId) {
      throw new AnalyticsError('JOB_NOT_FOUND', 'not-found', `No analytics job ${id}`);
    }
    return job;
  }

  private current(id: string): AnalyticsJob {
    const job = this.jobs.get(id);
    if (job === undefined) throw new Error(`job ${id} vanished`);
    return job;
  }

  private remember(job: AnalyticsJob): void {
    this.jobs.set(job.id, job);
    if (this.jobs.size > KEPT_JOBS) {
      const oldest = [...this.jobs.values()].find((candidate) => candidate.status !== 'running');
      if (oldest) this.jobs.delete(oldest.id);
    }
  }
}
