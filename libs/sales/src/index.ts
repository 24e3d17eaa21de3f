export * from './sales.module';
export * from './sales-application.module';
export * from './publishing/sales-integration-events.mapper';
export * from './transport/sales-remote-context';
export * from './transport/sales-service.module';
