export type { DenseMatrix } from '../linear-algebra';
export { PredictionInputError } from '../linear-algebra';
export * from './linear-regression';
export * from './linear-regression-model';
export * from './linear-sufficient-statistics';
