import { type NumericMatrix } from '../descriptive/numeric-matrix';
import { assertColumnCount, assertFiniteMatrix, mapCells, scaleOrOne } from './column-statistics';

interface MinMaxParameters {
  readonly dataMin: Float64Array;
  readonly dataMax: Float64Array;
  readonly scale: Float64Array;
  readonly offset: Float64Array;
}

/**
 * Scales each column linearly onto `featureRange` (default [0, 1]) as sklearn's MinMaxScaler:
 * x' = x·scale + offset with scale = (high - low) / (max - min). A constant column gets a data range
 * of 1 and maps to `low`. The fitted minima and maxima are kept for new data and for inverseTransform.
 */
export class MinMaxScaler {
  private fitted: MinMaxParameters | null = null;

  constructor(private readonly featureRange: readonly [number, number] = [0, 1]) {
    if (!(featureRange[0] < featureRange[1])) {
      throw new RangeError(`feature range must be ascending, got [${featureRange.join(', ')}]`);
    }
  }

  get dataMin(): Float64Array {
    return this.parameters().dataMin;
  }

  get dataMax(): Float64Array {
    return this.parameters().dataMax;
  }

  fit(matrix: NumericMatrix): this {
    assertFiniteMatrix(matrix, 'MinMaxScaler.fit');
    if (matrix.rows === 0) throw new RangeError('MinMaxScaler.fit needs at least one row');
    const { data, rows, cols } = matrix;
    const dataMin = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
    const dataMax = new Float64Array(cols).fill(Number.NEGATIVE_INFINITY);
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < cols; column++) {
        const value = data[row * cols + column] as number;
        if (value < (dataMin[column] as number)) dataMin[column] = value;
        if (value > (dataMax[column] as number)) dataMax[column] = value;
      }
    }
    const [low, high] = this.featureRange;
    const scale = dataMax.map((max, column) => (high - low) / scaleOrOne(max - (dataMin[column] as number)));
    const offset = dataMin.map((min, column) => low - min * (scale[column] as number));
    this.fitted = { dataMin, dataMax, scale, offset };
    return this;
  }

  transform(matrix: NumericMatrix): NumericMatrix {
    const { scale, offset } = this.checked(matrix);
    return mapCells(
      matrix,
      (value, column) => value * (scale[column] as number) + (offset[column] as number),
    );
  }

  inverseTransform(matrix: NumericMatrix): NumericMatrix {
    const { scale, offset } = this.checked(matrix);
    return mapCells(
      matrix,
      (value, column) => (value - (offset[column] as number)) / (scale[column] as number),
    );
  }

  fitTransform(matrix: NumericMatrix): NumericMatrix {
    return this.fit(matrix).transform(matrix);
  }

  private checked(matrix: NumericMatrix): MinMaxParameters {
    const parameters = this.parameters();
    assertColumnCount(matrix, parameters.scale.length, 'MinMaxScaler');
    return parameters;
  }

  private parameters(): MinMaxParameters {
    if (this.fitted === null) throw new RangeError('MinMaxScaler is not fitted: call fit first');
    return this.fitted;
  }
}
