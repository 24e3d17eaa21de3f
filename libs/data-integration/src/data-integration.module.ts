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

/** The import and export endpoints: whoever composes them binds the services below. */
export const DATA_INTEGRATION_CONTROLLERS = [ImportsController, JobsController, ExportsController];

/**
 * The jobs and the importers. They need DOCUMENT_STORE (the jobs), CustomerImportService,
 * CustomerQueries, OrderImportService and OrderQueryService: in-process in standalone mode, stand-ins
 * calling customer-svc and sales-svc in the distributed gateway.
 */
export const DATA_INTEGRATION_PROVIDERS = [
  ImportJobStore,
  ImportJobQueries,
  ImportJobRunner,
  CustomerFileImporter,
  ProductFileImporter,
  OrderFileImporter,
];

/**
 * Bulk import and export (data integration) in standalone mode: CSV files in as jobs, CSV files out,
 * through the customer and sales contexts' own application services (decision 0026).
 */
@Module({
  imports: [CustomerApplicationModule, SalesImportsModule, OrdersModule],
  controllers: DATA_INTEGRATION_CONTROLLERS,
  providers: DATA_INTEGRATION_PROVIDERS,
  exports: [ImportJobRunner],
})
export class DataIntegrationModule {}
