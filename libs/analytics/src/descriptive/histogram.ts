import { assertFiniteValues, type NumericValues } from './finite-values';

export interface Histogram {
  /** Bin edges, ascending, one more than the bins. Bin i is [edges[i], edges[i+1]); the last bin is closed. */
  readonly edges: Float64Array;
  readonly counts: Uint32Array;
}

/** Either a number of equal-width bins spanning min..max, or explicit ascending edges. */
export type HistogramBins = { readonly count: number } | { readonly edges: NumericValues };

/**
 * Histogram with numpy.histogram semantics: equal-width bins span [min, max] (a constant sample gets
 * [value - 0.5, value + 0.5]); with explicit edges, values outside the outer edges are not counted.
 */
export function histogram(values: NumericValues, bins: HistogramBins): Histogram {
  assertFiniteValues(values);
  if ('count' in bins) return equalWidthHistogram(values, bins.count);
  return edgeHistogram(values, Float64Array.from(bins.edges));
}

function equalWidthHistogram(values: NumericValues, binCount: number): Histogram {
  if (!Number.isInteger(binCount) || binCount < 1) {
    throw new RangeError(`bin count must be a positive integer, got ${binCount}`);
  }
  if (values.length === 0) throw new RangeError('cannot choose histogram bins for an empty sample');
  let [first, last] = rangeOf(values);
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const edges = new Float64Array(binCount + 1);
  const step = (last - first) / binCount;
  for (let index = 0; index < binCount; index++) edges[index] = first + index * step;
  edges[binCount] = last;
  const counts = new Uint32Array(binCount);
  const scale = binCount / (last - first);
  for (const value of values) {
    let bin = Math.min(Math.floor((value - first) * scale), binCount - 1);
    // Rounding in the scaled position can land one bin off; the edges decide, as in numpy.
    if (value < (edges[bin] as number)) bin -= 1;
    else if (bin < binCount - 1 && value >= (edges[bin + 1] as number)) bin += 1;
    counts[bin] = (counts[bin] as number) + 1;
  }
  return { edges, counts };
}

function edgeHistogram(values: NumericValues, edges: Float64Array): Histogram {
  if (edges.length < 2) throw new RangeError('a histogram needs at least two edges');
  assertFiniteValues(edges, 'histogram edges');
  for (let index = 1; index < edges.length; index++) {
    if (!((edges[index] as number) > (edges[index - 1] as number))) {
      throw new RangeError('histogram edges must be strictly increasing');
    }
  }
  const binCount = edges.length - 1;
  const counts = new Uint32Array(binCount);
  const lowest = edges[0] as number;
  const highest = edges[binCount] as number;
  for (const value of values) {
    if (value < lowest || value > highest) continue;
    const bin = value === highest ? binCount - 1 : upperBound(edges, value) - 1;
    counts[bin] = (counts[bin] as number) + 1;
  }
  return { edges, counts };
}

// Index of the first edge strictly greater than value.
function upperBound(edges: Float64Array, value: number): number {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((edges[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function rangeOf(values: NumericValues): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return [min, max];
}
