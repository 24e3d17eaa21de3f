import { expectClose, loadStatsFixture } from '../../test-fixtures/stats/load-stats-fixture';
import { welchTTest } from './welch-t-test';

interface ComparativeFixture {
  welch: { first: number[]; second: number[]; t: number; df: number; pValue: number }[];
}

const { welch } = loadStatsFixture('comparative.json') as ComparativeFixture;

describe(welchTTest.name, () => {
  it.each(welch.map((entry, index) => ({ ...entry, index })))(
    'matches scipy ttest_ind(equal_var=False) to 1e-10 on case $index',
    ({ first, second, t, df, pValue }) => {
      const result = welchTTest(first, second);
      expectClose(result.t, t, 1e-10);
      expectClose(result.degreesOfFreedom, df, 1e-10);
      expectClose(result.pValue, pValue, 1e-10);
    },
  );

  it('is symmetric in its samples apart from the sign', () => {
    const forward = welchTTest([1, 2, 3, 4], [2, 4, 6, 9]);
    const backward = welchTTest([2, 4, 6, 9], [1, 2, 3, 4]);
    expect(backward.t).toBe(-forward.t);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 15);
  });

  it('rejects samples that cannot define a t statistic', () => {
    expect(() => welchTTest([1], [1, 2])).toThrow('first sample needs at least 2 values');
    expect(() => welchTTest([3, 3], [5, 5, 5])).toThrow('both samples are constant');
    expect(() => welchTTest([1, Number.NaN], [1, 2])).toThrow(RangeError);
  });
});
