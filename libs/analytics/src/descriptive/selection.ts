/**
 * Rearranges `values[left..right]` so that position k holds the value it would hold if sorted, with
 * nothing larger before it and nothing smaller after it (quickselect, median-of-three pivots). Falls
 * back to sorting the range if partitioning degenerates, so the worst case stays O(n log n).
 */
export function selectInPlace(values: Float64Array, k: number, left = 0, right = values.length - 1): void {
  let low = left;
  let high = right;
  let budget = 2 * Math.ceil(Math.log2(right - left + 2)) + 8;
  while (high > low) {
    if (budget-- === 0 || high - low < 16) {
      values.subarray(low, high + 1).sort();
      return;
    }
    const pivot = medianOfThree(values, low, (low + high) >>> 1, high);
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return;
  }
}

/** Smallest value of `values[from..]`. */
export function minimumFrom(values: Float64Array, from: number): number {
  let minimum = Number.POSITIVE_INFINITY;
  for (let index = from; index < values.length; index++) {
    const value = values[index] as number;
    if (value < minimum) minimum = value;
  }
  return minimum;
}

function medianOfThree(values: Float64Array, a: number, b: number, c: number): number {
  const x = values[a] as number;
  const y = values[b] as number;
  const z = values[c] as number;
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}
