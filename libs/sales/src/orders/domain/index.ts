export * from './order.commands';
export * from './order.decider';
export * from './order.events';
export * from './order.evolve';
export * from './order.state';
export * from './order.values';
