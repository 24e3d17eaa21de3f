export * from './case.commands';
export * from './case.decider';
export * from './case.errors';
export * from './case.events';
export * from './case.evolve';
export * from './case.state';
export * from './case.values';
export * from './sla';
