export * from './event-store/decider-spec';
export * from './http/context-test-app';
export * from './read-models/projection-spec';
export * from './process/app-process';
export * from './contracts/integration-schema';
export * from './clock/manual-clock';
export * from './prometheus-text';
