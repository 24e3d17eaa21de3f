export * from './event-store/decider-spec';
export * from './infrastructure/servers';
export * from './read-models/projection-spec';
