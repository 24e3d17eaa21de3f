import { expectAllClose, expectClose, loadStatsFixture } from '../../test-fixtures/stats/load-stats-fixture';
import { dropMissingRows, MissingValueImputer, withMissingAsNaN } from './missing-values';
import { iqrOutliers, zScoreOutliers } from './outliers';

interface CleaningFixture {
  matrix: { rows: number; cols: number };
  missing: { data: (number | null)[]; meanFill: number[]; medianFill: number[]; completeRows: number };
  outliers: { values: number[]; iqrFences: [number, number]; iqrIndices: number[]; zIndices: number[] };
}

const fixture = loadStatsFixture('cleaning.json') as CleaningFixture;
const withGaps = {
  rows: fixture.matrix.rows,
  cols: fixture.matrix.cols,
  data: withMissingAsNaN(fixture.missing.data),
};

describe(MissingValueImputer.name, () => {
  it.each([
    ['mean', fixture.missing.meanFill],
    ['median', fixture.missing.medianFill],
  ] as const)('learns the %s fill values of sklearn SimpleImputer', (kind, expected) => {
    const imputer = new MissingValueImputer({ kind }).fit(withGaps);
    expectAllClose(imputer.fillValues, expected, 1e-14);
    const filled = imputer.transform(withGaps);
    expect(filled.data.some(Number.isNaN)).toBe(false);
    expect(filled.data[1 * 3]).toBe(imputer.fillValues[0]);
  });

  it('fills with a constant', () => {
    const filled = new MissingValueImputer({ kind: 'constant', value: -1 }).fitTransform(withGaps);
    expect(filled.data[5 * 3]).toBe(-1);
  });

  it('refuses a column with nothing to average', () => {
    const empty = { rows: 2, cols: 1, data: Float64Array.of(Number.NaN, Number.NaN) };
    expect(() => new MissingValueImputer({ kind: 'median' }).fit(empty)).toThrow('column 0 has no values');
  });
});

describe(dropMissingRows.name, () => {
  it('keeps only complete rows and says which they were', () => {
    const { matrix, keptRows } = dropMissingRows(withGaps);
    expect(matrix.rows).toBe(fixture.missing.completeRows);
    expect(keptRows).not.toContain(1);
    expect(keptRows).not.toContain(9);
    expect(matrix.data.some(Number.isNaN)).toBe(false);
  });
});

describe(iqrOutliers.name, () => {
  it('matches fences from numpy percentiles and flags the same rows', () => {
    const result = iqrOutliers(fixture.outliers.values);
    expectClose(result.lowerFence, fixture.outliers.iqrFences[0], 1e-14);
    expectClose(result.upperFence, fixture.outliers.iqrFences[1], 1e-14);
    expect(Array.from(result.indices)).toEqual(fixture.outliers.iqrIndices);
    expect(result.flags.reduce((total, flag) => total + flag, 0)).toBe(result.indices.length);
  });
});

describe(zScoreOutliers.name, () => {
  it('flags the rows where |scipy.stats.zscore| > 3', () => {
    expect(Array.from(zScoreOutliers(fixture.outliers.values, 3).indices)).toEqual(fixture.outliers.zIndices);
  });

  it('finds no outliers in a constant sample instead of dividing by zero', () => {
    expect(zScoreOutliers([4, 4, 4]).indices.length).toBe(0);
  });
});
