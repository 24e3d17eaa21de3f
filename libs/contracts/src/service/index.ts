export * from './service-integration-events';
