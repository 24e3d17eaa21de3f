import { DOCUMENT_STORE, type DocumentCollection, type DocumentStore, type Page } from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import type { RowProblem } from '../csv/csv-table';
import type { ImportJob } from './import-job';

export const IMPORT_JOBS_COLLECTION = 'import-jobs';
export const IMPORT_JOB_PROBLEMS_COLLECTION = 'import-job-problems';

type StoredProblem = RowProblem & { readonly jobId: string };

/**
 * Import jobs and their rejected rows, in the read-model store: one document per job, rewritten as it
 * progresses by the one process running it, and one document per rejected row, keyed so that rows
 * page in order.
 */
@Injectable()
export class ImportJobStore {
  private readonly jobs: DocumentCollection<ImportJob>;
  private readonly problems: DocumentCollection<StoredProblem>;
  private readonly revisions = new Map<string, number>();

  constructor(@Inject(DOCUMENT_STORE) documents: DocumentStore) {
    this.jobs = documents.collection<ImportJob>(IMPORT_JOBS_COLLECTION);
    this.problems = documents.collection<StoredProblem>(IMPORT_JOB_PROBLEMS_COLLECTION);
  }

  async save(tenantId: string, job: ImportJob): Promise<void> {
    const revision = this.revisions.get(job.id) ?? 0;
    const written = await this.jobs.put({ id: job.id, tenantId, positions: {}, data: job }, revision);
    if (!written) throw new Error(`Import job ${job.id} was written by another process`);
    if (job.status === 'running') this.revisions.set(job.id, revision + 1);
    else this.revisions.delete(job.id);
  }

  async get(tenantId: string, jobId: string): Promise<ImportJob | null> {
    return (await this.jobs.get(tenantId, jobId))?.data ?? null;
  }

  async addProblems(tenantId: string, jobId: string, problems: readonly RowProblem[]): Promise<void> {
    if (problems.length === 0) return;
    await this.problems.insertNew(
      problems.map((problem) => ({
        id: problemIdOf(jobId, problem.row),
        tenantId,
        positions: {},
        data: { jobId, ...problem },
      })),
    );
  }

  /** Rejected rows in row order. */
  async problemsOf(
    tenantId: string,
    jobId: string,
    page: { readonly limit: number; readonly cursor?: string },
  ): Promise<Page<StoredProblem>> {
    return this.problems.find(tenantId, { where: { jobId }, ...page });
  }
}

function problemIdOf(jobId: string, row: number): string {
  return `${jobId}:${String(row).padStart(10, '0')}`;
}
