import { type NumericMatrix } from '../descriptive/numeric-matrix';
import {
  assertColumnCount,
  assertFiniteMatrix,
  columnMeansAndVariances,
  isConstantFeature,
  mapCells,
  scaleOrOne,
} from './column-statistics';

/**
 * Standardisation z = (x - mean) / σ per column, as sklearn's StandardScaler: σ is the population
 * standard deviation and a constant column gets scale 1 (it becomes all zeros, not NaN). The fitted
 * means and scales are kept, so new data is transformed with the training parameters.
 */
export class StandardScaler {
  private fitted: { readonly mean: Float64Array; readonly scale: Float64Array } | null = null;

  get mean(): Float64Array {
    return this.parameters().mean;
  }

  get scale(): Float64Array {
    return this.parameters().scale;
  }

  fit(matrix: NumericMatrix): this {
    assertFiniteMatrix(matrix, 'StandardScaler.fit');
    if (matrix.rows === 0) throw new RangeError('StandardScaler.fit needs at least one row');
    const { means, variances } = columnMeansAndVariances(matrix);
    const scale = variances.map((variance, column) =>
      isConstantFeature(variance, means[column] as number, matrix.rows) ? 1 : scaleOrOne(Math.sqrt(variance)),
    );
    this.fitted = { mean: means, scale };
    return this;
  }

  transform(matrix: NumericMatrix): NumericMatrix {
    const { mean, scale } = this.checked(matrix);
    return mapCells(
      matrix,
      (value, column) => (value - (mean[column] as number)) / (scale[column] as number),
    );
  }

  inverseTransform(matrix: NumericMatrix): NumericMatrix {
    const { mean, scale } = this.checked(matrix);
    return mapCells(matrix, (value, column) => value * (scale[column] as number) + (mean[column] as number));
  }

  fitTransform(matrix: NumericMatrix): NumericMatrix {
    return this.fit(matrix).transform(matrix);
  }

  private checked(matrix: NumericMatrix): { mean: Float64Array; scale: Float64Array } {
    const parameters = this.parameters();
    assertColumnCount(matrix, parameters.mean.length, 'StandardScaler');
    return parameters;
  }

  private parameters(): { readonly mean: Float64Array; readonly scale: Float64Array } {
    if (this.fitted === null) throw new RangeError('StandardScaler is not fitted: call fit first');
    return this.fitted;
  }
}
