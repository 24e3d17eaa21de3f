export * from './in-process/in-process-bus';
export * from './message';
export * from './message-consumer.port';
export * from './message-publisher.port';
export * from './relay/integration-message';
export * from './relay/relay';
export * from './relay/relay-checkpoint-store.port';
export * from './topics';
