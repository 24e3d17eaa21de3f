export * from './classification-metrics';
export * from './cross-validate';
export * from './k-fold';
export * from './labels';
export * from './regression-metrics';
export * from './roc-auc';
export * from './split';
