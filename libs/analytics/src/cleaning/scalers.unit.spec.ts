import { expectAllClose, loadStatsFixture } from '../../test-fixtures/stats/load-stats-fixture';
import { type NumericMatrix } from '../descriptive/numeric-matrix';
import { MinMaxScaler } from './min-max-scaler';
import { StandardScaler } from './standard-scaler';

interface CleaningFixture {
  matrix: { rows: number; cols: number; data: number[] };
  standardScaler: { mean: number[]; scale: number[]; transformed: number[] };
  minMaxScaler: {
    featureRange: [number, number];
    dataMin: number[];
    dataMax: number[];
    transformed: number[];
  };
}

const fixture = loadStatsFixture('cleaning.json') as CleaningFixture;
const matrix: NumericMatrix = { ...fixture.matrix, data: Float64Array.from(fixture.matrix.data) };

describe(StandardScaler.name, () => {
  it('matches sklearn mean_, scale_ and transform, with scale 1 for the constant column', () => {
    const scaler = new StandardScaler().fit(matrix);
    expectAllClose(scaler.mean, fixture.standardScaler.mean, 1e-14);
    expectAllClose(scaler.scale, fixture.standardScaler.scale, 1e-13);
    expect(scaler.scale[2]).toBe(1);
    expectAllClose(scaler.transform(matrix).data, fixture.standardScaler.transformed, 1e-12);
  });

  it('inverts its own transform with the remembered parameters', () => {
    const scaler = new StandardScaler();
    const restored = scaler.inverseTransform(scaler.fitTransform(matrix));
    expectAllClose(restored.data, fixture.matrix.data, 1e-13);
  });

  it('refuses to transform before fit or with another column count', () => {
    expect(() => new StandardScaler().transform(matrix)).toThrow('not fitted');
    const fitted = new StandardScaler().fit(matrix);
    expect(() => fitted.transform({ data: new Float64Array(2), rows: 1, cols: 2 })).toThrow(
      'fitted on 3 columns',
    );
  });

  it('rejects missing values when fitting', () => {
    expect(() =>
      new StandardScaler().fit({ data: Float64Array.of(1, Number.NaN), rows: 2, cols: 1 }),
    ).toThrow('NaN at row 1, column 0');
  });
});

describe(MinMaxScaler.name, () => {
  it('matches sklearn MinMaxScaler(feature_range=(-1, 2)), mapping the constant column to the low end', () => {
    const scaler = new MinMaxScaler(fixture.minMaxScaler.featureRange).fit(matrix);
    expect(Array.from(scaler.dataMin)).toEqual(fixture.minMaxScaler.dataMin);
    expect(Array.from(scaler.dataMax)).toEqual(fixture.minMaxScaler.dataMax);
    expectAllClose(scaler.transform(matrix).data, fixture.minMaxScaler.transformed, 1e-14);
  });

  it('inverts its own transform', () => {
    const scaler = new MinMaxScaler();
    expectAllClose(scaler.inverseTransform(scaler.fitTransform(matrix)).data, fixture.matrix.data, 1e-13);
  });

  it('rejects a descending feature range', () => {
    expect(() => new MinMaxScaler([1, 0])).toThrow(RangeError);
  });
});
