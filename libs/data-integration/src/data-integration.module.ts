import { CustomerApplicationModule } from '@crm/customer';
import { OrdersModule, SalesImportsModule } from '@crm/sales';
import { Module } from '@nestjs/common';
import { ExportsController } from './exports/exports.controller';
import { ImportsController } from './http/imports.controller';
import { JobsController } from './http/jobs.controller';
import { CustomerFileImporter } from './imports/customer-file-importer';
import { OrderFileImporter } from './imports/order-file-importer';
import { ProductFileImporter } from './imports/product-file-importer';
import { ImportJobQueries } from './jobs/import-job-queries';
import { ImportJobRunner } from './jobs/import-job-runner';
import { ImportJobStore } from './jobs/import-job-store';

/**
 * Bulk import and export (data integration): CSV files in as jobs, CSV files out, through the
 * customer and sales contexts' own application services (decision 0026). Standalone mode.
 */
@Module({
  imports: [CustomerApplicationModule, SalesImportsModule, OrdersModule],
  controllers: [ImportsController, JobsController, ExportsController],
  providers: [
    ImportJobStore,
    ImportJobQueries,
    ImportJobRunner,
    CustomerFileImporter,
    ProductFileImporter,
    OrderFileImporter,
  ],
  exports: [ImportJobRunner],
})
export class DataIntegrationModule {}
