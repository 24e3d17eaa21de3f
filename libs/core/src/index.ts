export * from './decider';
export * from './domain-error';
export * from './clock';
export * from './read-model-behind.error';
