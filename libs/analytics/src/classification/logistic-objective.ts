import { type DenseMatrix, type NewtonObjective, WeightedGramAccumulator } from '../linear-algebra';

const blockRows = 256;

/**
 * scikit-learn's objective C·Σ logloss + ½‖w‖² over parameters [w, intercept]; the intercept (last
 * parameter) is not penalised.
 */
export class LogisticObjective implements NewtonObjective {
  readonly dimension: number;
  /** c·p(1 − p) per row at `weightedAt`, left by the last `evaluate` with a gradient. */
  private readonly hessianWeights: Float64Array;
  private readonly weightedAt: Float64Array;
  private readonly blockResiduals = new Float64Array(blockRows);

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
    const residuals = this.blockResiduals;
    gradient?.fill(0);
    let loss = 0;
    for (let start = 0; start < rows; start += blockRows) {
      const end = Math.min(rows, start + blockRows);
      // log(1 + e^z) − y·z = max(z, 0) + log(1 + e^−|z|) − y·z, without overflow. The logarithms of a
      // block are taken as one logarithm of their product (each factor is in (1, 2], so 256 of them
      // stay far from overflow): one call per block instead of per row, error far below the sum's.
      let product = 1;
      for (let row = start; row < end; row++) {
        const margin = linearTerm(data, row, cols, parameters);
        const label = this.labels[row]!;
        // One exponential serves the loss and the probability: e^−|z|.
        const exponential = Math.exp(-Math.abs(margin));
        const onePlus = 1 + exponential;
        product *= onePlus;
        loss += Math.max(margin, 0) - label * margin;
        const probability = margin >= 0 ? 1 / onePlus : exponential / onePlus;
        this.hessianWeights[row] = c * probability * (1 - probability);
        residuals[row - start] = c * (probability - label);
      }
      loss += Math.log(product);
      if (gradient !== undefined) addTransposedProduct(this.features, start, end, residuals, gradient);
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

/**
 * Adds Xᵀr over rows [start, end) to `gradient` (its last entry takes Σr, the intercept's column).
 * Four columns per pass over the block, summed in registers: a row-by-row update of the gradient
 * array stores every entry once per row.
 */
function addTransposedProduct(
  features: DenseMatrix,
  start: number,
  end: number,
  residuals: Float64Array,
  gradient: Float64Array,
): void {
  const { cols, data } = features;
  let column = 0;
  for (; column + 3 < cols; column += 4) {
    let sum0 = 0;
    let sum1 = 0;
    let sum2 = 0;
    let sum3 = 0;
    for (let row = start; row < end; row++) {
      const residual = residuals[row - start]!;
      const offset = row * cols + column;
      sum0 += residual * data[offset]!;
      sum1 += residual * data[offset + 1]!;
      sum2 += residual * data[offset + 2]!;
      sum3 += residual * data[offset + 3]!;
    }
    gradient[column]! += sum0;
    gradient[column + 1]! += sum1;
    gradient[column + 2]! += sum2;
    gradient[column + 3]! += sum3;
  }
  for (; column < cols; column++) {
    let sum = 0;
    for (let row = start; row < end; row++) sum += residuals[row - start]! * data[row * cols + column]!;
    gradient[column]! += sum;
  }
  let residualSum = 0;
  for (let row = start; row < end; row++) residualSum += residuals[row - start]!;
  gradient[cols]! += residualSum;
}

function linearTerm(data: Float64Array, row: number, cols: number, parameters: Float64Array): number {
  const offset = row * cols;
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  let column = 0;
  for (; column + 3 < cols; column += 4) {
    sum0 += data[offset + column]! * parameters[column]!;
    sum1 += data[offset + column + 1]! * parameters[column + 1]!;
    sum2 += data[offset + column + 2]! * parameters[column + 2]!;
    sum3 += data[offset + column + 3]! * parameters[column + 3]!;
  }
  for (; column < cols; column++) sum0 += data[offset + column]! * parameters[column]!;
  return parameters[cols]! + (sum0 + sum1 + (sum2 + sum3));
}
