import { expectClose, loadStatsFixture } from '../../test-fixtures/stats/load-stats-fixture';
import { RunningMoments } from './running-moments';

interface DescriptiveFixture {
  cases: {
    name: string;
    values: number[];
    mean: number;
    sampleVariance: number;
    populationVariance: number;
    skewness: number;
    pandasSkewness: number;
  }[];
}

const { cases } = loadStatsFixture('descriptive.json') as DescriptiveFixture;

describe(RunningMoments.name, () => {
  it.each(cases)('matches numpy and scipy on the $name sample, pushed or from an array', (sample) => {
    for (const moments of [RunningMoments.of(sample.values), new RunningMoments().pushAll(sample.values)]) {
      expectClose(moments.mean, sample.mean, 1e-13);
      expectClose(moments.variance(), sample.sampleVariance, 1e-11);
      expectClose(moments.variance('population'), sample.populationVariance, 1e-11);
      expectClose(moments.skewness(), sample.skewness, 1e-9);
      expectClose(moments.skewness(), sample.pandasSkewness, 1e-9);
    }
  });

  it('keeps every digit of a variance far from the origin', () => {
    const values = [4, 7, 13, 16].map((offset) => 1e9 + offset);
    expect(RunningMoments.of(values).variance()).toBe(30);
    expect(new RunningMoments().pushAll(values).variance()).toBe(30);
  });

  it('merges partial accumulators into the moments of the whole', () => {
    const sample = cases[1]?.values ?? [];
    const whole = RunningMoments.of(sample);
    const merged = new RunningMoments()
      .pushAll(sample.slice(0, 17))
      .merge(RunningMoments.of(sample.slice(17, 90)))
      .merge(new RunningMoments())
      .merge(new RunningMoments().pushAll(sample.slice(90)));
    expect(merged.count).toBe(whole.count);
    expectClose(merged.mean, whole.mean ?? 0, 1e-13);
    expectClose(merged.variance(), whole.variance() ?? 0, 1e-12);
    expectClose(merged.skewness(), whole.skewness() ?? 0, 1e-10);
    expectClose(merged.sum, whole.sum, 1e-14);
    expect([merged.min, merged.max]).toEqual([whole.min, whole.max]);
  });

  it('merging into an empty accumulator copies the other', () => {
    const other = RunningMoments.of([1, 2, 4]);
    const merged = new RunningMoments().merge(other);
    expect([merged.count, merged.mean, merged.variance(), merged.sum]).toEqual([
      3,
      7 / 3,
      other.variance(),
      7,
    ]);
  });

  it('reports null, not NaN, for what too few or constant values cannot define', () => {
    const empty = new RunningMoments();
    expect([empty.mean, empty.min, empty.max, empty.variance(), empty.skewness()]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(RunningMoments.of([5]).variance()).toBeNull();
    expect(RunningMoments.of([5]).variance('population')).toBe(0);
    expect(RunningMoments.of([2, 2, 2, 2]).skewness()).toBeNull();
    expect(RunningMoments.of([1, 2]).skewness()).toBeNull();
  });

  it('rejects NaN and infinity with the position of the bad value', () => {
    expect(() => RunningMoments.of([1, Number.NaN])).toThrow('values contains NaN at index 1');
    expect(() => new RunningMoments().push(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
