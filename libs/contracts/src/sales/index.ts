export * from './money';
export * from './sales-integration-events';
