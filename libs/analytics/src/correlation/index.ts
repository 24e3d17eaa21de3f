export * from './correlation-matrix';
export * from './pearson';
export * from './ranks';
export * from './spearman';
