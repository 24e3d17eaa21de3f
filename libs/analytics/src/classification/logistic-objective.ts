import { type DenseMatrix, type NewtonObjective, WeightedGramAccumulator } from '../linear-algebra';

/**
 * scikit-learn's objective C·Σ logloss + ½‖w‖² over parameters [w, intercept]; the intercept (last
 * parameter) is not penalised.
 */
export class LogisticObjective implements NewtonObjective {
  readonly dimension: number;
  /** c·p(1 − p) per row at `weightedAt`, left by the last `evaluate` with a gradient. */
  private readonly hessianWeights: Float64Array;
  private readonly weightedAt: Float64Array;

  constructor(
    private readonly features: DenseMatrix,
    private readonly labels: Float64Array,
    private readonly inverseRegularisation: number,
  ) {
    this.dimension = features.cols + 1;
    this.hessianWeights = new Float64Array(features.rows);
    this.weightedAt = new Float64Array(this.dimension).fill(Number.NaN);
  }

  evaluate(parameters: Float64Array, gradient?: Float64Array): number {
    const { rows, cols, data } = this.features;
    const c = this.inverseRegularisation;
    gradient?.fill(0);
    let loss = 0;
    for (let row = 0; row < rows; row++) {
      const margin = linearTerm(data, row, cols, parameters);
      const label = this.labels[row]!;
      // One exponential serves the loss and the probability: e^−|z|.
      const exponential = Math.exp(-Math.abs(margin));
      // log(1 + e^z) − y·z without overflow
      loss += Math.max(margin, 0) + Math.log1p(exponential) - label * margin;
      if (gradient === undefined) continue;
      const probability = margin >= 0 ? 1 / (1 + exponential) : exponential / (1 + exponential);
      this.hessianWeights[row] = c * probability * (1 - probability);
      const residual = c * (probability - label);
      const offset = row * cols;
      for (let column = 0; column < cols; column++) gradient[column]! += residual * data[offset + column]!;
      gradient[cols]! += residual;
    }
    if (gradient !== undefined) this.weightedAt.set(parameters);
    let penalty = 0;
    for (let column = 0; column < cols; column++) {
      penalty += parameters[column]! ** 2;
      if (gradient !== undefined) gradient[column]! += parameters[column]!;
    }
    return c * loss + penalty / 2;
  }

  hessian(parameters: Float64Array, hessian: Float64Array): void {
    const { rows, cols, data } = this.features;
    const n = this.dimension;
    // Newton asks for the Hessian where it last evaluated the gradient: the weights are already there.
    if (!parameters.every((value, index) => value === this.weightedAt[index])) {
      this.evaluate(parameters, new Float64Array(n));
    }
    hessian.fill(0);
    const gram = new WeightedGramAccumulator(cols, 1, hessian);
    for (let index = 0; index < rows; index++) gram.add(data, index * cols, this.hessianWeights[index]!);
    gram.finish();
    for (let column = 0; column < cols; column++) hessian[column * n + column]! += 1;
  }
}

export function sigmoid(value: number): number {
  if (value >= 0) return 1 / (1 + Math.exp(-value));
  const exponential = Math.exp(value);
  return exponential / (1 + exponential);
}

function linearTerm(data: Float64Array, row: number, cols: number, parameters: Float64Array): number {
  let sum = parameters[cols]!;
  const offset = row * cols;
  for (let column = 0; column < cols; column++) sum += data[offset + column]! * parameters[column]!;
  return sum;
}
