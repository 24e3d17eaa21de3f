export * from './event-store/decider-spec';
export * from './http/context-test-app';
export * from './infrastructure/servers';
export * from './read-models/projection-spec';
