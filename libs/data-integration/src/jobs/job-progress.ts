import type { RowProblem } from '../csv/csv-table';
import type { ImportProgress, RecordOutcome } from '../imports/import-progress';
import type { ImportJob, ImportJobStatus } from './import-job';
import type { ImportJobStore } from './import-job-store';

const SAVE_EVERY_MS = 500;
const PROBLEM_BUFFER = 1000;
const HEARTBEAT_MS = 5000;

/** Thrown from a checkpoint once the process is shutting down: the job stops as interrupted. */
export class ImportStopped extends Error {
  constructor() {
    super('The import was interrupted by a shutdown; run the same file again to finish it');
    this.name = 'ImportStopped';
  }
}

/**
 * Counts what the importer reports and writes it to the job store: rejected rows as they pile up,
 * the job document at most every 500 ms, and a heartbeat while a long step runs. Writes are chained,
 * so the job document is never written by two calls at once.
 */
export class JobProgress implements ImportProgress {
  private job: ImportJob;
  private problems: RowProblem[] = [];
  private lastSave = Date.now();
  private writes: Promise<void> = Promise.resolve();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    job: ImportJob,
    private readonly tenantId: string,
    private readonly store: ImportJobStore,
    private readonly stopping: () => boolean,
  ) {
    this.job = job;
    this.heartbeat = setInterval(() => void this.save().catch(() => undefined), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  settled(outcome: RecordOutcome, rows: number): void {
    const { job } = this;
    this.job = {
      ...job,
      rows: { ...job.rows, processed: job.rows.processed + rows, [outcome]: job.rows[outcome] + rows },
      records: { ...job.records, [outcome]: job.records[outcome] + 1 },
    };
  }

  rejected(problems: readonly RowProblem[], records = 1): void {
    const { job } = this;
    const rows = problems.length;
    this.job = {
      ...job,
      rows: { ...job.rows, processed: job.rows.processed + rows, rejected: job.rows.rejected + rows },
      records: { ...job.records, rejected: job.records.rejected + records },
    };
    this.problems.push(...problems);
  }

  createdMissing(kind: 'customers' | 'products', count: number): void {
    this.job = { ...this.job, created: { ...this.job.created, [kind]: this.job.created[kind] + count } };
  }

  async checkpoint(): Promise<void> {
    if (this.stopping()) throw new ImportStopped();
    if (this.problems.length >= PROBLEM_BUFFER || Date.now() - this.lastSave >= SAVE_EVERY_MS)
      await this.save();
  }

  /** The final write: every buffered problem, then the job with its end status. */
  async finish(
    status: Exclude<ImportJobStatus, 'running'>,
    failure: string | null = null,
  ): Promise<ImportJob> {
    clearInterval(this.heartbeat);
    this.job = { ...this.job, status, failure, finishedAt: new Date().toISOString() };
    await this.save();
    return this.job;
  }

  private save(): Promise<void> {
    this.writes = this.writes.then(async () => {
      const problems = this.problems;
      this.problems = [];
      await this.store.addProblems(this.tenantId, this.job.id, problems);
      this.lastSave = Date.now();
      await this.store.save(this.tenantId, { ...this.job, heartbeatAt: new Date().toISOString() });
    });
    return this.writes;
  }
}
