import {
  assignNearest,
  averageCentres,
  centreShifts,
  inertiaOf,
  labelsEqual,
  relocateEmptyClusters,
  type SingleRun,
} from './kmeans-steps';
import type { Matrix } from './matrix';

/** One Lloyd run from `initialCentres` (sklearn's `_kmeans_single_lloyd`, unit weights). */
export function runLloyd(
  data: Matrix,
  initialCentres: Float64Array,
  maxIterations: number,
  tolerance: number,
): SingleRun {
  const { data: values, rows, cols } = data;
  const k = initialCentres.length / cols;
  let centres = Float64Array.from(initialCentres);
  let next = new Float64Array(centres.length);
  const counts = new Float64Array(k);
  const shifts = new Float64Array(k);
  const labels = new Int32Array(rows).fill(-1);
  const previousLabels = new Int32Array(rows).fill(-1);
  let strictConvergence = false;
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    assignNearest(data, centres, labels);
    next.fill(0);
    counts.fill(0);
    for (let row = 0; row < rows; row++) {
      const label = labels[row] as number;
      (counts[label] as number) += 1;
      const base = row * cols;
      const centreBase = label * cols;
      for (let column = 0; column < cols; column++)
        (next[centreBase + column] as number) += values[base + column] as number;
    }
    relocateEmptyClusters(data, centres, next, counts, labels);
    averageCentres(next, counts, cols);
    const shiftTotal = centreShifts(centres, next, cols, shifts);
    [centres, next] = [next, centres];
    if (labelsEqual(labels, previousLabels)) {
      strictConvergence = true;
      break;
    }
    if (shiftTotal <= tolerance) break;
    previousLabels.set(labels);
  }
  // After a tolerance stop the labels belong to the previous centres: one more E-step aligns them.
  if (!strictConvergence) assignNearest(data, centres, labels);
  return {
    centres,
    labels,
    inertia: inertiaOf(data, centres, labels),
    iterations: Math.min(iteration + 1, maxIterations),
  };
}
