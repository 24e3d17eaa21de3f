export * from './marketing-integration-events';
