export * from './customer.commands';
export * from './customer.decider';
export * from './customer.errors';
export * from './customer.events';
export * from './customer.state';
export * from './customer.values';
export * from './customer.evolve';
