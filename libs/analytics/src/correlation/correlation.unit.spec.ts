import { expectAllClose, loadStatsFixture } from '../../test-fixtures/stats/load-stats-fixture';
import { correlationMatrix } from './correlation-matrix';
import { pearson } from './pearson';
import { averageRanks } from './ranks';
import { spearman } from './spearman';

interface CorrelationFixture {
  names: string[];
  columns: number[][];
  pearson: number[][];
  spearman: number[][];
  ranksOfTies: number[];
}

const fixture = loadStatsFixture('correlation.json') as CorrelationFixture;
const columns = fixture.columns.map((column) => Float64Array.from(column));

describe(correlationMatrix.name, () => {
  it.each(['pearson', 'spearman'] as const)('matches pandas DataFrame.corr(method=%s)', (method) => {
    const result = correlationMatrix(columns, method);
    result.forEach((row, index) => {
      expectAllClose(row, fixture[method][index] ?? [], 1e-13);
    });
  });

  it('marks a constant column with null instead of NaN, diagonal included', () => {
    const result = correlationMatrix([Float64Array.of(1, 2, 3), Float64Array.of(4, 4, 4)]);
    expect(result).toEqual([
      [1, null],
      [null, null],
    ]);
  });

  it('rejects columns of different lengths', () => {
    expect(() => correlationMatrix([Float64Array.of(1, 2, 3), Float64Array.of(1, 2)])).toThrow(RangeError);
  });
});

describe(pearson.name, () => {
  it('is exactly 1 or -1 on perfectly linear data and null on a constant', () => {
    expect(pearson([1, 2, 3, 4], [3, 5, 7, 9])).toBe(1);
    expect(pearson([1, 2, 3, 4], [-1, -2, -3, -4])).toBe(-1);
    expect(pearson([1, 2, 3], [0.1, 0.1, 0.1])).toBeNull();
  });

  it('rejects fewer than two pairs', () => {
    expect(() => pearson([1], [2])).toThrow('a correlation needs at least 2 values');
  });
});

describe(spearman.name, () => {
  it('is 1 for any monotone relation', () => {
    expect(spearman([1, 2, 3, 4, 5], [1, 8, 27, 64, 125])).toBe(1);
  });
});

describe(averageRanks.name, () => {
  it('matches scipy rankdata(method=average) on tied data', () => {
    expect(Array.from(averageRanks(fixture.columns[2] ?? []))).toEqual(fixture.ranksOfTies);
  });
});
