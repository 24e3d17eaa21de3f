export * from './data-integration.module';
export * from './http/imports.controller';
export * from './jobs/import-job';
export * from './jobs/import-job-runner';
export * from './jobs/import-job-queries';
export * from './datasets/groceries-orders';
