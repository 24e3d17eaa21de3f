export * from './customer-integration-events';
