export * from './customer-integration-events';
export * from './customer-message-patterns';
