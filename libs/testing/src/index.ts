export * from './event-store/decider-spec';
export * from './read-models/projection-spec';
export {};
