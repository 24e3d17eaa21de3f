import {
  averageCentres,
  centreShifts,
  inertiaOf,
  relocateEmptyClusters,
  type SingleRun,
} from './kmeans-steps';
import type { Matrix } from './matrix';

/**
 * Hamerly's bounds, one pair per row: `upper` is at least the distance to the row's centre, `lower` at
 * most the distance to any other centre. A row whose upper bound is below both its lower bound and half
 * the gap from its centre to the nearest other centre keeps its label without computing a distance.
 */
interface HamerlyBounds {
  readonly labels: Int32Array;
  readonly upper: Float64Array;
  readonly lower: Float64Array;
  /** Scratch list of the rows whose bounds no longer settle their label. */
  readonly unsettled: Int32Array;
}

/** Per-cluster coordinate sums and sizes, kept equal to the sums over the rows' current labels. */
interface ClusterSums {
  readonly sums: Float64Array;
  readonly counts: Float64Array;
}

/** How far the centres moved in the last update, and how close each centre is to its neighbours. */
interface CentreMotion {
  /** Euclidean distance each centre moved. */
  readonly shifts: Float64Array;
  /** Per centre, the largest shift of any other centre: how far a lower bound of its rows drops. */
  readonly lowerDrops: Float64Array;
  /** Half the distance from each centre to its nearest other centre. */
  readonly halfGaps: Float64Array;
}

/**
 * One Hamerly run from `initialCentres`: the same iterations and labels as Lloyd (sklearn's
 * `_kmeans_single_lloyd`, unit weights), with two bounds per row instead of k distances. The cluster
 * sums are updated only for the rows that change cluster, so an iteration where few rows move costs
 * little more than one pass over the bounds; the centres equal Lloyd's up to rounding.
 */
export function runHamerly(
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
  const bounds: HamerlyBounds = {
    labels: new Int32Array(rows),
    upper: new Float64Array(rows),
    lower: new Float64Array(rows),
    unsettled: new Int32Array(rows),
  };
  const clusters: ClusterSums = { sums: new Float64Array(k * cols), counts: new Float64Array(k) };
  const motion: CentreMotion = {
    shifts: new Float64Array(k),
    lowerDrops: new Float64Array(k),
    halfGaps: new Float64Array(k),
  };
  let strictConvergence = false;
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    const moved =
      iteration === 0
        ? assignAll(data, centres, bounds, clusters)
        : reassignWithinBounds(data, centres, bounds, motion, clusters);
    next.set(clusters.sums);
    counts.set(clusters.counts);
    relocateEmptyClusters(data, centres, next, counts, bounds.labels);
    averageCentres(next, counts, cols);
    const shiftTotal = centreShifts(centres, next, cols, motion.shifts);
    describeMotion(next, cols, motion);
    [centres, next] = [next, centres];
    // No row changed cluster: the labels equal the previous iteration's (Lloyd's strict convergence).
    if (iteration > 0 && moved === 0) {
      strictConvergence = true;
      break;
    }
    if (shiftTotal <= tolerance) break;
  }
  // After a tolerance stop the labels belong to the previous centres: one more E-step aligns them.
  if (!strictConvergence) reassignWithinBounds(data, centres, bounds, motion, clusters);
  return {
    centres,
    labels: bounds.labels,
    inertia: inertiaOf(data, centres, bounds.labels),
    iterations: Math.min(iteration + 1, maxIterations),
  };
}

function describeMotion(centres: Float64Array, cols: number, motion: CentreMotion): void {
  const { shifts, lowerDrops, halfGaps } = motion;
  const k = shifts.length;
  for (let centre = 0; centre < k; centre++) {
    let largestOther = 0;
    for (let other = 0; other < k; other++) {
      if (other !== centre && (shifts[other] as number) > largestOther)
        largestOther = shifts[other] as number;
    }
    lowerDrops[centre] = largestOther;
  }
  halfGaps.fill(Infinity);
  for (let left = 0; left < k; left++) {
    for (let right = left + 1; right < k; right++) {
      const half = Math.sqrt(squaredDistance(centres, left * cols, centres, right * cols, cols)) / 2;
      if (half < (halfGaps[left] as number)) halfGaps[left] = half;
      if (half < (halfGaps[right] as number)) halfGaps[right] = half;
    }
  }
}

/** The first E-step: every row's nearest centre and exact bounds; returns the number of rows. */
function assignAll(
  data: Matrix,
  centres: Float64Array,
  bounds: HamerlyBounds,
  clusters: ClusterSums,
): number {
  const { data: values, rows, cols } = data;
  const { labels, upper, lower } = bounds;
  const nearest = new Float64Array(2);
  clusters.sums.fill(0);
  clusters.counts.fill(0);
  for (let row = 0; row < rows; row++) {
    const label = nearestTwoCentres(values, row * cols, centres, cols, nearest);
    labels[row] = label;
    upper[row] = Math.sqrt(nearest[0] as number);
    lower[row] = Math.sqrt(nearest[1] as number);
    addRow(values, row * cols, cols, label, clusters, 1);
  }
  return rows;
}

/**
 * Moves every row's bounds by the last centre shifts, then relabels the rows the bounds cannot settle
 * (nearest centre by squared distance, lowest index on ties, as Lloyd), moving them between the
 * cluster sums; returns how many rows changed cluster.
 */
function reassignWithinBounds(
  data: Matrix,
  centres: Float64Array,
  bounds: HamerlyBounds,
  motion: CentreMotion,
  clusters: ClusterSums,
): number {
  const { data: values, cols } = data;
  const { labels, upper: upperBounds, lower: lowerBounds, unsettled } = bounds;
  const { halfGaps } = motion;
  const unsettledCount = moveBounds(bounds, motion);
  const nearest = new Float64Array(2);
  let moved = 0;
  for (let index = 0; index < unsettledCount; index++) {
    const row = unsettled[index] as number;
    const label = labels[row] as number;
    const base = row * cols;
    const upper = Math.sqrt(squaredDistance(values, base, centres, label * cols, cols));
    upperBounds[row] = upper;
    if (upper > (halfGaps[label] as number) && upper > (lowerBounds[row] as number)) {
      const nearestLabel = nearestTwoCentres(values, base, centres, cols, nearest);
      upperBounds[row] = Math.sqrt(nearest[0] as number);
      lowerBounds[row] = Math.sqrt(nearest[1] as number);
      if (nearestLabel !== label) {
        addRow(values, base, cols, label, clusters, -1);
        addRow(values, base, cols, nearestLabel, clusters, 1);
        labels[row] = nearestLabel;
        moved++;
      }
    }
  }
  return moved;
}

/**
 * Loosens every row's bounds by the centre shifts and lists the rows they no longer settle in
 * `bounds.unsettled`; returns how many. Branch-free: about one row in ten is unsettled, at random,
 * and a mispredicted branch per such row cost more than the rest of this pass.
 */
function moveBounds(bounds: HamerlyBounds, motion: CentreMotion): number {
  const { labels, upper: upperBounds, lower: lowerBounds, unsettled } = bounds;
  const { shifts, lowerDrops, halfGaps } = motion;
  let count = 0;
  for (let row = 0; row < labels.length; row++) {
    const label = labels[row] as number;
    const upper = (upperBounds[row] as number) + (shifts[label] as number);
    const lower = (lowerBounds[row] as number) - (lowerDrops[label] as number);
    upperBounds[row] = upper;
    lowerBounds[row] = lower;
    unsettled[count] = row;
    count += Number(upper > (halfGaps[label] as number)) & Number(upper > lower);
  }
  return count;
}

function addRow(
  values: Float64Array,
  base: number,
  cols: number,
  cluster: number,
  clusters: ClusterSums,
  sign: 1 | -1,
): void {
  const { sums, counts } = clusters;
  (counts[cluster] as number) += sign;
  const sumBase = cluster * cols;
  for (let column = 0; column < cols; column++)
    (sums[sumBase + column] as number) += sign * (values[base + column] as number);
}

/**
 * The index of the centre nearest to the row at `base` (lowest index on ties); writes the squared
 * distances to the nearest and second-nearest centres into `nearest`. Four centres share each pass
 * over the row's columns, so each coordinate is loaded once per four distances.
 */
function nearestTwoCentres(
  values: Float64Array,
  base: number,
  centres: Float64Array,
  cols: number,
  nearest: Float64Array,
): number {
  const k = centres.length / cols;
  let label = 0;
  let first = Infinity;
  let second = Infinity;
  let centre = 0;
  for (; centre + 3 < k; centre += 4) {
    const base0 = centre * cols;
    const base1 = base0 + cols;
    const base2 = base1 + cols;
    const base3 = base2 + cols;
    let squared0 = 0;
    let squared1 = 0;
    let squared2 = 0;
    let squared3 = 0;
    for (let column = 0; column < cols; column++) {
      const value = values[base + column] as number;
      const difference0 = value - (centres[base0 + column] as number);
      const difference1 = value - (centres[base1 + column] as number);
      const difference2 = value - (centres[base2 + column] as number);
      const difference3 = value - (centres[base3 + column] as number);
      squared0 += difference0 * difference0;
      squared1 += difference1 * difference1;
      squared2 += difference2 * difference2;
      squared3 += difference3 * difference3;
    }
    // Ascending centre order with strict `<`: the lowest index wins ties, as numpy's argmin.
    if (squared0 < first) {
      second = first;
      first = squared0;
      label = centre;
    } else if (squared0 < second) second = squared0;
    if (squared1 < first) {
      second = first;
      first = squared1;
      label = centre + 1;
    } else if (squared1 < second) second = squared1;
    if (squared2 < first) {
      second = first;
      first = squared2;
      label = centre + 2;
    } else if (squared2 < second) second = squared2;
    if (squared3 < first) {
      second = first;
      first = squared3;
      label = centre + 3;
    } else if (squared3 < second) second = squared3;
  }
  for (; centre < k; centre++) {
    const squared = squaredDistance(values, base, centres, centre * cols, cols);
    if (squared < first) {
      second = first;
      first = squared;
      label = centre;
    } else if (squared < second) second = squared;
  }
  nearest[0] = first;
  nearest[1] = second;
  return label;
}

function squaredDistance(
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
  return squared;
}
