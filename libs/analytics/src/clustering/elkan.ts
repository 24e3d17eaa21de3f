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

interface ElkanState {
  readonly data: Matrix;
  readonly k: number;
  readonly labels: Int32Array;
  readonly upperBounds: Float64Array;
  readonly lowerBounds: Float64Array;
  halfDistances: Float64Array;
  nextCentreDistances: Float64Array;
}

/** One Elkan run from `initialCentres` (sklearn's `_kmeans_single_elkan`, unit weights). */
export function runElkan(
  data: Matrix,
  initialCentres: Float64Array,
  maxIterations: number,
  tolerance: number,
): SingleRun {
  const { rows, cols } = data;
  const k = initialCentres.length / cols;
  let centres = Float64Array.from(initialCentres);
  let next = new Float64Array(centres.length);
  const counts = new Float64Array(k);
  const shifts = new Float64Array(k);
  const state: ElkanState = {
    data,
    k,
    labels: new Int32Array(rows).fill(-1),
    upperBounds: new Float64Array(rows),
    lowerBounds: new Float64Array(rows * k),
    ...centreGeometry(centres, k, cols),
  };
  const previousLabels = new Int32Array(rows).fill(-1);
  initialiseBounds(state, centres);
  let strictConvergence = false;
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    next.fill(0);
    counts.fill(0);
    tightenAndAssign(state, centres, next, counts, shifts);
    relocateEmptyClusters(data, centres, next, counts, state.labels);
    averageCentres(next, counts, cols);
    const shiftTotal = centreShifts(centres, next, cols, shifts);
    Object.assign(state, centreGeometry(next, k, cols));
    [centres, next] = [next, centres];
    if (labelsEqual(state.labels, previousLabels)) {
      strictConvergence = true;
      break;
    }
    if (shiftTotal <= tolerance) break;
    previousLabels.set(state.labels);
  }
  if (!strictConvergence) assignNearest(data, centres, state.labels);
  return {
    centres,
    labels: state.labels,
    inertia: inertiaOf(data, centres, state.labels),
    iterations: Math.min(iteration + 1, maxIterations),
  };
}

function centreGeometry(
  centres: Float64Array,
  k: number,
  cols: number,
): { halfDistances: Float64Array; nextCentreDistances: Float64Array } {
  const halfDistances = new Float64Array(k * k);
  const nextCentreDistances = new Float64Array(k).fill(Infinity);
  for (let left = 0; left < k; left++) {
    for (let right = left + 1; right < k; right++) {
      const half = distance(centres, left * cols, centres, right * cols, cols) / 2;
      halfDistances[left * k + right] = half;
      halfDistances[right * k + left] = half;
      nextCentreDistances[left] = Math.min(nextCentreDistances[left] as number, half);
      nextCentreDistances[right] = Math.min(nextCentreDistances[right] as number, half);
    }
  }
  return { halfDistances, nextCentreDistances };
}

function initialiseBounds(state: ElkanState, centres: Float64Array): void {
  const { data, k, labels, upperBounds, lowerBounds, halfDistances } = state;
  const { data: values, rows, cols } = data;
  for (let row = 0; row < rows; row++) {
    let best = 0;
    let bestDistance = distance(values, row * cols, centres, 0, cols);
    lowerBounds[row * k] = bestDistance;
    for (let centre = 1; centre < k; centre++) {
      if (bestDistance > (halfDistances[best * k + centre] as number)) {
        const candidate = distance(values, row * cols, centres, centre * cols, cols);
        lowerBounds[row * k + centre] = candidate;
        if (candidate < bestDistance) {
          bestDistance = candidate;
          best = centre;
        }
      }
    }
    labels[row] = best;
    upperBounds[row] = bestDistance;
  }
}

// The triangle-inequality pass of sklearn's `_update_chunk_dense`, accumulating the new sums. It first
// moves the row's bounds by the previous iteration's centre shifts (sklearn's separate bounds pass):
// fused here, the n × k bounds are read once per iteration instead of twice.
function tightenAndAssign(
  state: ElkanState,
  centres: Float64Array,
  sums: Float64Array,
  counts: Float64Array,
  previousShifts: Float64Array,
): void {
  const { data, k, labels, upperBounds, lowerBounds, halfDistances, nextCentreDistances } = state;
  const { data: values, rows, cols } = data;
  for (let row = 0; row < rows; row++) {
    let label = labels[row] as number;
    let upper = (upperBounds[row] as number) + (previousShifts[label] as number);
    const boundsBase = row * k;
    for (let centre = 0; centre < k; centre++) {
      const lowered = (lowerBounds[boundsBase + centre] as number) - (previousShifts[centre] as number);
      lowerBounds[boundsBase + centre] = lowered < 0 ? 0 : lowered;
    }
    if (!((nextCentreDistances[label] as number) >= upper)) {
      let tight = false;
      for (let centre = 0; centre < k; centre++) {
        if (
          centre !== label &&
          upper > (lowerBounds[boundsBase + centre] as number) &&
          upper > (halfDistances[label * k + centre] as number)
        ) {
          if (!tight) {
            upper = distance(values, row * cols, centres, label * cols, cols);
            lowerBounds[boundsBase + label] = upper;
            tight = true;
          }
          if (
            upper > (lowerBounds[boundsBase + centre] as number) ||
            upper > (halfDistances[label * k + centre] as number)
          ) {
            const candidate = distance(values, row * cols, centres, centre * cols, cols);
            lowerBounds[boundsBase + centre] = candidate;
            if (candidate < upper) {
              label = centre;
              upper = candidate;
            }
          }
        }
      }
      labels[row] = label;
    }
    upperBounds[row] = upper;
    (counts[label] as number) += 1;
    const base = row * cols;
    const centreBase = label * cols;
    for (let column = 0; column < cols; column++)
      (sums[centreBase + column] as number) += values[base + column] as number;
  }
}

function distance(
  left: Float64Array,
  leftBase: number,
  right: Float64Array,
  rightBase: number,
  cols: number,
): number {
  let squared = 0;
  for (let column = 0; column < cols; column++) {
    const difference = (left[leftBase + column] as number) - (right[rightBase + column] as number);
    squared += difference * difference;
  }
  return Math.sqrt(squared);
}
