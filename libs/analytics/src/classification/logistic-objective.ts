import { type DenseMatrix, type NewtonObjective, WeightedGramAccumulator } from '../linear-algebra';

/**
 * scikit-learn's objective C·Σ logloss + ½‖w‖² over parameters [w, intercept]; the intercept (last
 * parameter) is not penalised.
 */
export class LogisticObjective implements NewtonObjective {
  readonly dimension: number;

  constructor(
    private readonly features: DenseMatrix,
    private readonly labels: Float64Array,
    private readonly inverseRegularisation: number,
  ) {
    this.dimension = features.cols + 1;
  }

  evaluate(parameters: Float64Array, gradient?: Float64Array): number {
    const { rows, cols, data } = this.features;
    const c = this.inverseRegularisation;
    gradient?.fill(0);
    let loss = 0;
    for (let row = 0; row < rows; row++) {
      const margin = linearTerm(data, row, cols, parameters);
      const label = this.labels[row]!;
      // log(1 + e^z) − y·z without overflow
      loss += Math.max(margin, 0) + Math.log1p(Math.exp(-Math.abs(margin))) - label * margin;
      if (gradient === undefined) continue;
      const residual = c * (sigmoid(margin) - label);
      const offset = row * cols;
      for (let column = 0; column < cols; column++) gradient[column]! += residual * data[offset + column]!;
      gradient[cols]! += residual;
    }
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
    hessian.fill(0);
    const gram = new WeightedGramAccumulator(cols, 1, hessian);
    for (let index = 0; index < rows; index++) {
      const probability = sigmoid(linearTerm(data, index, cols, parameters));
      gram.add(data, index * cols, this.inverseRegularisation * probability * (1 - probability));
    }
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
