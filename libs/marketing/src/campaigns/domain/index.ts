export * from './campaign.commands';
export * from './campaign.decider';
export * from './campaign.errors';
export * from './campaign.events';
export * from './campaign.evolve';
export * from './campaign.state';
export * from './campaign.values';
export * from './money';
