import type { CommandRequest } from '@crm/customer';
import { newId } from '@crm/event-store';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { checkColumns } from '../csv/csv-columns';
import { parseCsvTable, type CsvTable } from '../csv/csv-table';
import { CustomerFileImporter } from '../imports/customer-file-importer';
import type { EntityImporter, ImportOptions } from '../imports/entity-importer';
import { OrderFileImporter } from '../imports/order-file-importer';
import { ProductFileImporter } from '../imports/product-file-importer';
import { NO_COUNTS, type ImportEntity, type ImportJob } from './import-job';
import { ImportJobStore } from './import-job-store';
import { ImportStopped, JobProgress } from './job-progress';

/**
 * Runs bulk imports as jobs in this process. The file is read and its header checked before the job
 * exists (a file that cannot be read at all is refused whole, CsvFileError); then the rows go in in
 * the background while `GET /jobs/{id}` shows how far it got.
 */
@Injectable()
export class ImportJobRunner implements OnApplicationShutdown {
  private readonly logger = new Logger(ImportJobRunner.name);
  private readonly importers: Readonly<Record<ImportEntity, EntityImporter>>;
  private readonly running = new Set<Promise<unknown>>();
  private stopping = false;

  constructor(
    private readonly store: ImportJobStore,
    customers: CustomerFileImporter,
    products: ProductFileImporter,
    orders: OrderFileImporter,
  ) {
    this.importers = { customers, products, orders };
  }

  async start(
    entity: ImportEntity,
    csv: string,
    options: ImportOptions,
    request: CommandRequest,
  ): Promise<ImportJob> {
    const importer = this.importers[entity];
    const table = parseCsvTable(csv);
    checkColumns(table.columns, importer.columns, entity);
    const now = new Date().toISOString();
    const job: ImportJob = {
      id: newId(),
      entity,
      createMissing: options.createMissing,
      status: 'running',
      rows: { total: table.rows.length + table.malformed.length, processed: 0, ...NO_COUNTS },
      records: NO_COUNTS,
      created: { customers: 0, products: 0 },
      createdBy: request.metadata.actor,
      startedAt: now,
      finishedAt: null,
      heartbeatAt: now,
      failure: null,
    };
    const { tenantId } = request.metadata;
    await this.store.save(tenantId, job);
    const progress = new JobProgress(job, tenantId, this.store, () => this.stopping);
    const run = this.run(importer, table, options, request, progress);
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return job;
  }

  /** Resolves once every job this process started has ended (tests, benchmarks). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.idle();
  }

  private async run(
    importer: EntityImporter,
    table: CsvTable,
    options: ImportOptions,
    request: CommandRequest,
    progress: JobProgress,
  ): Promise<ImportJob> {
    try {
      for (const problem of table.malformed) progress.rejected([problem]);
      await importer.importRows(table.rows, options, request, progress);
      return await progress.finish('completed');
    } catch (error) {
      if (error instanceof ImportStopped) return progress.finish('interrupted', error.message);
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return progress.finish(
        'failed',
        'The import stopped on an internal error; rows settled before it stay imported',
      );
    }
  }
}
