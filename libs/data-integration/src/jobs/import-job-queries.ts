import { DomainError } from '@crm/core';
import { Injectable } from '@nestjs/common';
import type { RowProblem } from '../csv/csv-table';
import type { ImportJob } from './import-job';
import { ImportJobStore } from './import-job-store';

/** A running job whose process has not written for this long has lost it (crash, kill, restart). */
export const STALE_JOB_MS = 30_000;
export const FIRST_PROBLEMS = 100;

export interface ImportJobDetails extends ImportJob {
  /** The first rejected rows, in row order; the rest from GET /jobs/{id}/errors?cursor=errorsCursor. */
  readonly errors: readonly RowProblem[];
  readonly errorsCursor: string | null;
}

export interface ProblemPage {
  readonly items: RowProblem[];
  readonly nextCursor: string | null;
}

@Injectable()
export class ImportJobQueries {
  constructor(private readonly store: ImportJobStore) {}

  async get(tenantId: string, jobId: string, now = Date.now()): Promise<ImportJobDetails> {
    const job = await this.store.get(tenantId, jobId);
    if (job === null) throw new DomainError('JOB.NOT_FOUND', 'not-found', `Job ${jobId} does not exist`);
    const page = await this.problems(tenantId, jobId, { limit: FIRST_PROBLEMS });
    return { ...asSeenAt(job, now), errors: page.items, errorsCursor: page.nextCursor };
  }

  async problems(
    tenantId: string,
    jobId: string,
    page: { readonly limit: number; readonly cursor?: string },
  ): Promise<ProblemPage> {
    const found = await this.store.problemsOf(tenantId, jobId, page);
    return {
      items: found.items.map(({ data: { jobId: _job, ...problem } }) => problem),
      nextCursor: found.nextCursor,
    };
  }
}

function asSeenAt(job: ImportJob, now: number): ImportJob {
  if (job.status !== 'running' || now - Date.parse(job.heartbeatAt) < STALE_JOB_MS) return job;
  const failure = 'The process running the import stopped; run the same file again to finish it';
  return { ...job, status: 'interrupted', failure };
}
