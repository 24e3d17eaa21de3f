export * from './linear-svm';
export * from './logistic-regression';
