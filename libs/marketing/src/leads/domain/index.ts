export * from './lead.commands';
export * from './lead.decider';
export * from './lead.errors';
export * from './lead.events';
export * from './lead.evolve';
export * from './lead.state';
export * from './lead.values';
