import { type DenseMatrix, type NewtonObjective, WeightedGramAccumulator } from '../linear-algebra';

/**
 * liblinear's L2R_L2LOSS_SVC primal: ½‖w̃‖² + C·Σ max(0, 1 − yᵢ·w̃·x̃ᵢ)², where x̃ appends a constant
 * feature equal to the intercept scaling (1) and w̃ includes the bias, so the bias IS regularised, as in
 * scikit-learn's LinearSVC. The Hessian is liblinear's generalised one (active rows only).
 */
export class SquaredHingeObjective implements NewtonObjective {
  readonly dimension: number;

  constructor(
    private readonly features: DenseMatrix,
    private readonly signs: Float64Array,
    private readonly c: number,
    private readonly interceptScaling: number,
  ) {
    this.dimension = features.cols + 1;
  }

  evaluate(parameters: Float64Array, gradient?: Float64Array): number {
    const { rows, cols, data } = this.features;
    gradient?.set(parameters);
    let loss = 0;
    for (let row = 0; row < rows; row++) {
      const sign = this.signs[row]!;
      const slack = 1 - sign * this.decision(row, parameters);
      if (slack <= 0) continue;
      loss += slack * slack;
      if (gradient === undefined) continue;
      const offset = row * cols;
      const residual = -2 * this.c * sign * slack;
      for (let column = 0; column < cols; column++) gradient[column]! += residual * data[offset + column]!;
      gradient[cols]! += residual * this.interceptScaling;
    }
    let penalty = 0;
    for (const value of parameters) penalty += value * value;
    return penalty / 2 + this.c * loss;
  }

  hessian(parameters: Float64Array, hessian: Float64Array): void {
    const { rows, cols, data } = this.features;
    const n = this.dimension;
    hessian.fill(0);
    const gram = new WeightedGramAccumulator(cols, this.interceptScaling, hessian);
    for (let index = 0; index < rows; index++) {
      if (this.signs[index]! * this.decision(index, parameters) < 1) gram.add(data, index * cols, 2 * this.c);
    }
    gram.finish();
    for (let index = 0; index < n; index++) hessian[index * n + index]! += 1;
  }

  private decision(row: number, parameters: Float64Array): number {
    const { cols, data } = this.features;
    let sum = parameters[cols]! * this.interceptScaling;
    const offset = row * cols;
    for (let column = 0; column < cols; column++) sum += data[offset + column]! * parameters[column]!;
    return sum;
  }
}
