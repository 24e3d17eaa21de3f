export * from './finite-values';
export * from './histogram';
export * from './numeric-matrix';
export * from './quantiles';
export * from './running-moments';
export * from './summary';
