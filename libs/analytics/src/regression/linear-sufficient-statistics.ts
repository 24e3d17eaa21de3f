import {
  type DenseMatrix,
  PredictionInputError,
  assertFiniteMatrix,
  assertFiniteValues,
} from '../linear-algebra';

/**
 * Mergeable sufficient statistics for least squares: count, means and centred cross-products of the
 * features and the target (the target is the last of `dimension` variables). Each batch is centred on
 * its own means (two passes), and batches merge with Chan's pairwise update
 * `M = M_a + M_b + δδᵀ·n_a·n_b/n`, so streaming, merged and one-shot fits agree to rounding.
 */
export class LinearSufficientStatistics {
  private constructor(
    readonly featureCount: number,
    readonly count: number,
    readonly means: Float64Array,
    readonly crossProducts: Float64Array,
  ) {}

  static empty(featureCount: number): LinearSufficientStatistics {
    const dimension = featureCount + 1;
    return new LinearSufficientStatistics(
      featureCount,
      0,
      new Float64Array(dimension),
      new Float64Array(dimension * dimension),
    );
  }

  static fromBatch(features: DenseMatrix, target: Float64Array): LinearSufficientStatistics {
    assertFiniteMatrix(features, 'feature matrix');
    assertFiniteValues(target, 'target');
    if (target.length !== features.rows) {
      throw new PredictionInputError(
        `target has ${target.length} values, the feature matrix ${features.rows} rows`,
      );
    }
    const { rows, cols, data } = features;
    const dimension = cols + 1;
    const means = new Float64Array(dimension);
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < cols; column++) means[column]! += data[row * cols + column]!;
      means[cols]! += target[row]!;
    }
    for (let index = 0; index < dimension; index++) means[index]! /= rows;
    const crossProducts = new Float64Array(dimension * dimension);
    const centred = new Float64Array(dimension);
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < cols; column++)
        centred[column] = data[row * cols + column]! - means[column]!;
      centred[cols] = target[row]! - means[cols]!;
      for (let left = 0; left < dimension; left++) {
        const value = centred[left]!;
        for (let right = left; right < dimension; right++)
          crossProducts[left * dimension + right]! += value * centred[right]!;
      }
    }
    mirrorUpperTriangle(crossProducts, dimension);
    return new LinearSufficientStatistics(cols, rows, means, crossProducts);
  }

  merge(other: LinearSufficientStatistics): LinearSufficientStatistics {
    if (other.featureCount !== this.featureCount) {
      throw new PredictionInputError(
        `cannot merge statistics of ${this.featureCount} and ${other.featureCount} features`,
      );
    }
    if (other.count === 0) return this;
    if (this.count === 0) return other;
    const count = this.count + other.count;
    const dimension = this.featureCount + 1;
    const delta = new Float64Array(dimension);
    const means = new Float64Array(dimension);
    for (let index = 0; index < dimension; index++) {
      delta[index] = other.means[index]! - this.means[index]!;
      means[index] = this.means[index]! + (delta[index]! * other.count) / count;
    }
    const weight = (this.count * other.count) / count;
    const crossProducts = new Float64Array(dimension * dimension);
    for (let left = 0; left < dimension; left++) {
      for (let right = 0; right < dimension; right++) {
        const cell = left * dimension + right;
        crossProducts[cell] =
          this.crossProducts[cell]! + other.crossProducts[cell]! + delta[left]! * delta[right]! * weight;
      }
    }
    return new LinearSufficientStatistics(this.featureCount, count, means, crossProducts);
  }

  /** Merges a new batch of rows. */
  add(features: DenseMatrix, target: Float64Array): LinearSufficientStatistics {
    return this.merge(LinearSufficientStatistics.fromBatch(features, target));
  }
}

function mirrorUpperTriangle(matrix: Float64Array, dimension: number): void {
  for (let left = 0; left < dimension; left++) {
    for (let right = left + 1; right < dimension; right++) {
      matrix[right * dimension + left] = matrix[left * dimension + right]!;
    }
  }
}
