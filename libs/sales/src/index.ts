export * from './sales.module';
export * from './publishing/sales-integration-events.mapper';
