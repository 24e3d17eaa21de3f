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
  let closest = new Float64Array(rows).fill(Infinity);
  let potential = closerOf(data, first, closest, closest);
  let candidate = new Float64Array(rows);
  let best = new Float64Array(rows);
  const cumulative = new Float64Array(rows);
  for (let centre = 1; centre < k; centre++) {
    let running = 0;
    for (let row = 0; row < rows; row++) {
      running += closest[row] as number;
      cumulative[row] = running;
    }
    let bestRow = -1;
    let bestPotential = Infinity;
    for (let trial = 0; trial < localTrials; trial++) {
      const row = Math.min(searchSortedLeft(cumulative, random.next() * potential), rows - 1);
      const trialPotential = closerOf(data, row, closest, candidate);
      // Strict `<` keeps the first of equal candidates, as numpy's argmin.
      if (trialPotential < bestPotential) {
        bestPotential = trialPotential;
        bestRow = row;
        [best, candidate] = [candidate, best];
      }
    }
    centres.set(values.subarray(bestRow * cols, (bestRow + 1) * cols), centre * cols);
    [closest, best] = [best, closest];
    potential = bestPotential;
  }
  return centres;
}

// Writes min(closest, squared distance to `target`) per row into `out`; returns their sum.
function closerOf(data: Matrix, target: number, closest: Float64Array, out: Float64Array): number {
  const { data: values, rows, cols } = data;
  const targetBase = target * cols;
  let total = 0;
  for (let row = 0; row < rows; row++) {
    const base = row * cols;
    const current = closest[row] as number;
    let squared = 0;
    // Stops once the partial sum shows the target is no nearer.
    for (let column = 0; column < cols && squared < current; column++) {
      const difference = (values[base + column] as number) - (values[targetBase + column] as number);
      squared += difference * difference;
    }
    const nearer = squared < current ? squared : current;
    out[row] = nearer;
    total += nearer;
  }
  return total;
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
