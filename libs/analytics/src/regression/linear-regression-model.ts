import { type DenseMatrix, linearPredictor } from '../linear-algebra';

export interface LinearStandardErrors {
  readonly intercept: number;
  readonly coefficients: Float64Array;
}

/** A fitted linear model y ≈ intercept + x·coefficients. */
export class LinearRegressionModel {
  constructor(
    readonly intercept: number,
    readonly coefficients: Float64Array,
    readonly rSquared: number,
    readonly residualSumOfSquares: number,
    readonly count: number,
    /** Present for ordinary least squares when there are more rows than parameters. */
    readonly standardErrors?: LinearStandardErrors,
  ) {}

  predict(features: DenseMatrix): Float64Array {
    return linearPredictor(features, this.coefficients, this.intercept);
  }
}
