export * from './opportunity.commands';
export * from './opportunity.decider';
export * from './opportunity.events';
export * from './opportunity.evolve';
export * from './opportunity.state';
export * from './opportunity.values';
export * from './stage-durations';
