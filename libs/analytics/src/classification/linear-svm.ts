import { type DenseMatrix, linearPredictor, minimiseByNewton } from '../linear-algebra';
import { assertBinaryProblem, assertPositiveC } from './binary-labels';
import { SquaredHingeObjective } from './squared-hinge-objective';

export interface LinearSvmOptions {
  /** Penalty on the squared hinge loss, as scikit-learn's C. Default 1. */
  readonly C?: number;
  /** The constant feature appended for the (regularised) bias; scikit-learn's default is 1. */
  readonly interceptScaling?: number;
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

/** A fitted binary linear SVM; a positive decision means class 1. */
export class LinearSvmModel {
  constructor(
    readonly coefficients: Float64Array,
    readonly intercept: number,
    readonly iterations: number,
  ) {}

  decisionFunction(features: DenseMatrix): Float64Array {
    return linearPredictor(features, this.coefficients, this.intercept);
  }

  predict(features: DenseMatrix): Float64Array {
    return this.decisionFunction(features).map((value) => (value > 0 ? 1 : 0));
  }
}

/**
 * Linear SVM with squared hinge loss and L2 penalty (scikit-learn LinearSVC defaults), solved in the
 * primal by Newton's method on the generalised Hessian; labels are 0/1.
 */
export function fitLinearSvm(
  features: DenseMatrix,
  labels: Float64Array,
  options: LinearSvmOptions = {},
): LinearSvmModel {
  const c = options.C ?? 1;
  assertPositiveC(c);
  assertBinaryProblem(features, labels);
  const interceptScaling = options.interceptScaling ?? 1;
  const signs = labels.map((label) => (label === 1 ? 1 : -1));
  const objective = new SquaredHingeObjective(features, signs, c, interceptScaling);
  const result = minimiseByNewton(objective, {
    gradientTolerance: (options.tolerance ?? 1e-10) * Math.max(1, c * features.rows),
    maxIterations: options.maxIterations ?? 200,
  });
  const { parameters } = result;
  return new LinearSvmModel(
    parameters.slice(0, features.cols),
    (parameters[features.cols] ?? 0) * interceptScaling,
    result.iterations,
  );
}
