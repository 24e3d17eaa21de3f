import { type DenseMatrix, linearPredictor, minimiseByNewton } from '../linear-algebra';
import { assertBinaryProblem, assertPositiveC } from './binary-labels';
import { LogisticObjective, sigmoid } from './logistic-objective';

export interface LogisticRegressionOptions {
  /** Inverse regularisation strength, as scikit-learn's C. Default 1. */
  readonly C?: number;
  /** Largest gradient component, relative to C·rows, at which Newton stops. Default 1e-10. */
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

/** A fitted binary logistic regression; class 1 is the positive class. */
export class LogisticRegressionModel {
  constructor(
    readonly coefficients: Float64Array,
    readonly intercept: number,
    readonly iterations: number,
  ) {}

  decisionFunction(features: DenseMatrix): Float64Array {
    return linearPredictor(features, this.coefficients, this.intercept);
  }

  /** Probability of class 1 for each row. */
  predictProba(features: DenseMatrix): Float64Array {
    return this.decisionFunction(features).map(sigmoid);
  }

  predict(features: DenseMatrix): Float64Array {
    return this.decisionFunction(features).map((value) => (value > 0 ? 1 : 0));
  }
}

/**
 * Minimises C·Σ logloss + ½‖w‖² (unpenalised intercept, scikit-learn's objective) by Newton's method
 * with line search; labels are 0/1.
 */
export function fitLogisticRegression(
  features: DenseMatrix,
  labels: Float64Array,
  options: LogisticRegressionOptions = {},
): LogisticRegressionModel {
  const c = options.C ?? 1;
  assertPositiveC(c);
  assertBinaryProblem(features, labels);
  const objective = new LogisticObjective(features, labels, c);
  const result = minimiseByNewton(objective, {
    gradientTolerance: (options.tolerance ?? 1e-10) * c * features.rows,
    maxIterations: options.maxIterations ?? 100,
  });
  const { parameters } = result;
  return new LogisticRegressionModel(
    parameters.slice(0, features.cols),
    parameters[features.cols] ?? 0,
    result.iterations,
  );
}
