export * from './holt-winters';
export * from './holt-winters-filter';
export * from './holt-winters-model';
export * from './holt-winters-start';
