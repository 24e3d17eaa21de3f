import type { SeededRandom } from '../random/seeded-random';
import type { Matrix } from './matrix';

/**
 * Greedy k-means++ (sklearn's `_kmeans_plusplus`): each new centre is the best of
 * 2 + floor(ln k) candidates drawn with probability proportional to squared distance.
 */
export function kMeansPlusPlus(data: Matrix, k: number, random: SeededRandom): Float64Array {
  const { data: values, rows, cols } = data;
  const centres = new Float64Array(k * cols);
  const localTrials = 2 + Math.floor(Math.log(k));
  const first = random.nextInt(rows);
  centres.set(values.subarray(first * cols, (first + 1) * cols), 0);
  let closest: Float64Array = new Float64Array(rows);
  let potential = squaredDistancesTo(data, first, closest);
  // One buffer per trial plus a spare: the winner's becomes `closest`, the old `closest` the spare.
  const trialClosest: Float64Array[] = Array.from({ length: localTrials }, () => new Float64Array(rows));
  let spare: Float64Array = new Float64Array(rows);
  const trialPotentials = new Float64Array(localTrials);
  const cumulative = new Float64Array(rows);
  const trialRows: number[] = [];
  for (let centre = 1; centre < k; centre++) {
    let running = 0;
    for (let row = 0; row < rows; row++) {
      running += closest[row] as number;
      cumulative[row] = running;
    }
    trialRows.length = 0;
    for (let trial = 0; trial < localTrials; trial++)
      trialRows.push(Math.min(searchSortedLeft(cumulative, random.next() * potential), rows - 1));
    closerOfCandidates(data, trialRows, closest, trialClosest, trialPotentials);
    // Strict `<` keeps the first of equal candidates, as numpy's argmin.
    let best = 0;
    for (let trial = 1; trial < localTrials; trial++)
      if ((trialPotentials[trial] as number) < (trialPotentials[best] as number)) best = trial;
    const bestRow = trialRows[best] as number;
    centres.set(values.subarray(bestRow * cols, (bestRow + 1) * cols), centre * cols);
    [closest, spare, trialClosest[best]] = [trialClosest[best] as Float64Array, closest, spare];
    potential = trialPotentials[best] as number;
  }
  return centres;
}

/** Writes each row's squared distance to row `target` into `out`; returns their sum. */
function squaredDistancesTo(data: Matrix, target: number, out: Float64Array): number {
  const { data: values, rows, cols } = data;
  const targetBase = target * cols;
  let total = 0;
  for (let row = 0; row < rows; row++) {
    const base = row * cols;
    let squared = 0;
    for (let column = 0; column < cols; column++) {
      const difference = (values[base + column] as number) - (values[targetBase + column] as number);
      squared += difference * difference;
    }
    out[row] = squared;
    total += squared;
  }
  return total;
}

/**
 * For each candidate row c: writes min(closest, squared distance to c) per row into `out[c's index]`
 * and its sum into `potentials`. Up to four candidates share one pass over the data (each coordinate
 * is loaded once for four distances); the values and sums are the same as one pass per candidate.
 */
function closerOfCandidates(
  data: Matrix,
  candidates: readonly number[],
  closest: Float64Array,
  out: readonly Float64Array[],
  potentials: Float64Array,
): void {
  for (let first = 0; first < candidates.length; first += 4) {
    // A short last group repeats its last candidate: the repeat writes the same values again.
    const slots = [0, 1, 2, 3].map((slot) => Math.min(first + slot, candidates.length - 1));
    const sums = closerOfFour(
      data,
      slots.map((slot) => candidates[slot] as number),
      closest,
      slots.map((slot) => out[slot] as Float64Array),
    );
    slots.forEach((slot, index) => (potentials[slot] = sums[index] as number));
  }
}

function closerOfFour(
  data: Matrix,
  targets: readonly number[],
  closest: Float64Array,
  out: readonly Float64Array[],
): [number, number, number, number] {
  const { data: values, rows, cols } = data;
  const [base0, base1, base2, base3] = targets.map((target) => target * cols) as [
    number,
    number,
    number,
    number,
  ];
  const [out0, out1, out2, out3] = out as [Float64Array, Float64Array, Float64Array, Float64Array];
  let total0 = 0;
  let total1 = 0;
  let total2 = 0;
  let total3 = 0;
  for (let row = 0; row < rows; row++) {
    const base = row * cols;
    let squared0 = 0;
    let squared1 = 0;
    let squared2 = 0;
    let squared3 = 0;
    for (let column = 0; column < cols; column++) {
      const value = values[base + column] as number;
      const difference0 = value - (values[base0 + column] as number);
      const difference1 = value - (values[base1 + column] as number);
      const difference2 = value - (values[base2 + column] as number);
      const difference3 = value - (values[base3 + column] as number);
      squared0 += difference0 * difference0;
      squared1 += difference1 * difference1;
      squared2 += difference2 * difference2;
      squared3 += difference3 * difference3;
    }
    const current = closest[row] as number;
    const nearer0 = Math.min(squared0, current);
    const nearer1 = Math.min(squared1, current);
    const nearer2 = Math.min(squared2, current);
    const nearer3 = Math.min(squared3, current);
    out0[row] = nearer0;
    out1[row] = nearer1;
    out2[row] = nearer2;
    out3[row] = nearer3;
    total0 += nearer0;
    total1 += nearer1;
    total2 += nearer2;
    total3 += nearer3;
  }
  return [total0, total1, total2, total3];
}

// numpy's searchsorted(side='left'): the first index whose value is >= target.
function searchSortedLeft(sorted: Float64Array, target: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
