import { expectClose, loadStatsFixture } from '../../test-fixtures/stats/load-stats-fixture';
import { compareGroups } from './group-comparison';
import { change, compareAcrossPeriods } from './period-comparison';

interface ComparativeFixture {
  groupBy: {
    groups: string[];
    values: number[];
    expected: {
      group: string;
      count: number;
      sum: number;
      mean: number;
      median: number;
      std: number;
      min: number;
      max: number;
    }[];
  };
  periods: {
    periods: string[];
    values: number[];
    keys: string[];
    sums: number[];
    absolute: number[];
    relative: number[];
  };
}

const fixture = loadStatsFixture('comparative.json') as ComparativeFixture;

describe(compareGroups.name, () => {
  it('matches pandas groupby().agg(count, sum, mean, median, std, min, max)', () => {
    const { groups, values, expected } = fixture.groupBy;
    const result = compareGroups(groups, values);
    expect(result.map((summary) => summary.group)).toEqual(expected.map((row) => row.group));
    result.forEach((summary, index) => {
      const row = expected[index];
      if (row === undefined) throw new Error(`no expected row ${index}`);
      expect(summary.count).toBe(row.count);
      expectClose(summary.sum, row.sum, 1e-13);
      expectClose(summary.mean, row.mean, 1e-13);
      expectClose(summary.median, row.median, 1e-15);
      expectClose(summary.standardDeviation, row.std, 1e-12);
      expect([summary.min, summary.max]).toEqual([row.min, row.max]);
    });
  });

  it('gives a single-row group a null standard deviation', () => {
    expect(compareGroups(['a', 'b', 'b'], [1, 2, 4])[0]).toEqual(
      expect.objectContaining({ group: 'a', count: 1, standardDeviation: null }),
    );
  });

  it('rejects groups and values of different lengths', () => {
    expect(() => compareGroups(['a'], [1, 2])).toThrow(RangeError);
  });
});

describe(compareAcrossPeriods.name, () => {
  it('matches pandas groupby(period).sum() with diff() and pct_change()', () => {
    const { periods, values, keys, sums, absolute, relative } = fixture.periods;
    const result = compareAcrossPeriods(periods, values, 'sum');
    expect(result.map((entry) => entry.period)).toEqual(keys);
    result.forEach((entry, index) => {
      expectClose(entry.value, sums[index] ?? Number.NaN, 1e-13);
      if (index === 0) {
        expect([entry.absoluteChange, entry.relativeChange]).toEqual([null, null]);
      } else {
        expectClose(entry.absoluteChange, absolute[index] ?? Number.NaN, 1e-12);
        expectClose(entry.relativeChange, relative[index] ?? Number.NaN, 1e-12);
      }
    });
  });

  it('reports a relative change from a zero base as null, never Infinity', () => {
    const result = compareAcrossPeriods(['2025-01', '2025-02', '2025-03'], [0, 5, 10], 'sum');
    expect(result.map((entry) => entry.relativeChange)).toEqual([null, null, 1]);
    expect(change(0, 0)).toEqual({ absolute: 0, relative: null });
  });

  it('aggregates by count, mean and median', () => {
    const periods = ['q2', 'q1', 'q1', 'q1', 'q2'];
    const values = [10, 1, 2, 6, 30];
    expect(compareAcrossPeriods(periods, values, 'count').map((entry) => entry.value)).toEqual([3, 2]);
    expect(compareAcrossPeriods(periods, values, 'mean').map((entry) => entry.value)).toEqual([3, 20]);
    expect(compareAcrossPeriods(periods, values, 'median')[0]?.value).toBe(2);
  });
});
