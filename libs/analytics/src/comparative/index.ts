export * from './group-comparison';
export * from './period-comparison';
export * from './welch-t-test';
