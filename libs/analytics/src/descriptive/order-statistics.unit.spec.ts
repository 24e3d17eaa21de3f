import { expectAllClose, expectClose, loadStatsFixture } from '../../test-fixtures/stats/load-stats-fixture';
import { histogram } from './histogram';
import { median, quantile, quantileOfSorted, quantiles } from './quantiles';
import { describeValues } from './summary';

interface DescriptiveFixture {
  cases: {
    name: string;
    values: number[];
    probabilities: number[];
    quantiles: number[];
    sampleStandardDeviation: number;
    histogram: { bins: number; counts: number[]; edges: number[] };
    edgeHistogram: { edges: number[]; counts: number[] };
  }[];
}

const { cases } = loadStatsFixture('descriptive.json') as DescriptiveFixture;

describe(quantiles.name, () => {
  it.each(cases)('matches numpy.quantile (linear, type 7) on the $name sample', (sample) => {
    expectAllClose(quantiles(sample.values, sample.probabilities), sample.quantiles, 1e-15);
  });

  it('interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('rejects an empty sample and probabilities outside [0, 1]', () => {
    expect(() => median([])).toThrow('quantile of an empty sample is undefined');
    expect(() => quantile([1, 2], 1.5)).toThrow(RangeError);
  });
});

describe(histogram.name, () => {
  it.each(cases)('matches numpy.histogram with a bin count on the $name sample', (sample) => {
    const result = histogram(sample.values, { count: sample.histogram.bins });
    expect(Array.from(result.counts)).toEqual(sample.histogram.counts);
    expectAllClose(result.edges, sample.histogram.edges, 1e-15);
  });

  it.each(cases)('matches numpy.histogram with explicit edges on the $name sample', (sample) => {
    const result = histogram(sample.values, { edges: sample.edgeHistogram.edges });
    expect(Array.from(result.counts)).toEqual(sample.edgeHistogram.counts);
  });

  it('centres a constant sample in a unit-wide range', () => {
    const result = histogram([3, 3, 3], { count: 2 });
    expect(Array.from(result.edges)).toEqual([2.5, 3, 3.5]);
    expect(Array.from(result.counts)).toEqual([0, 3]);
  });

  it('rejects edges that do not increase', () => {
    expect(() => histogram([1], { edges: [0, 2, 1] })).toThrow('strictly increasing');
  });
});

describe(describeValues.name, () => {
  it('summarises a sample with quartiles and sample standard deviation', () => {
    const sample = cases[0];
    if (sample === undefined) throw new Error('fixture has no cases');
    const summary = describeValues(sample.values);
    expect(summary.count).toBe(sample.values.length);
    expectClose(summary.firstQuartile, sample.quantiles[2] ?? 0);
    expectClose(summary.median, sample.quantiles[3] ?? 0);
    expectClose(summary.standardDeviation, sample.sampleStandardDeviation, 1e-12);
  });

  it('describes an empty sample with nulls', () => {
    expect(describeValues([])).toEqual(
      expect.objectContaining({ count: 0, mean: null, median: null, max: null }),
    );
  });
});

describe('quantiles by selection', () => {
  it('agree with sorting on adversarial orders and heavy ties', () => {
    const ascending = Float64Array.from({ length: 5000 }, (_, index) => index);
    const descending = ascending.slice().reverse();
    const organPipe = Float64Array.from({ length: 5000 }, (_, index) => Math.min(index, 4999 - index));
    const ties = Float64Array.from({ length: 5000 }, (_, index) => (index * 7919) % 5);
    const probabilities = [0.999, 0, 0.1, 0.5, 0.25, 1, 0.75, 0.33];
    for (const values of [ascending, descending, organPipe, ties]) {
      const sorted = values.slice().sort();
      const expected = probabilities.map((probability) => quantileOfSorted(sorted, probability));
      expect(quantiles(values, probabilities)).toEqual(expected);
    }
  });
});
