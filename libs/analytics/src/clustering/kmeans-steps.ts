import type { Matrix } from './matrix';

/** One k-means run from given centres: the shape both Lloyd and Elkan return. */
export interface SingleRun {
  readonly centres: Float64Array;
  readonly labels: Int32Array;
  readonly inertia: number;
  readonly iterations: number;
}

/**
 * Labels every row with its nearest centre (lowest index on ties, as numpy's argmin); returns the
 * inertia. Starts from each row's current label, so most other centres are ruled out part-way
 * through the sum: the partial sum already exceeds the best distance.
 */
export function assignNearest(data: Matrix, centres: Float64Array, labels: Int32Array): number {
  const { data: values, rows, cols } = data;
  const k = centres.length / cols;
  let inertia = 0;
  for (let row = 0; row < rows; row++) {
    const base = row * cols;
    const previous = labels[row] as number;
    let best = previous >= 0 && previous < k ? previous : 0;
    let bestDistance = 0;
    for (let column = 0; column < cols; column++) {
      const difference = (values[base + column] as number) - (centres[best * cols + column] as number);
      bestDistance += difference * difference;
    }
    for (let centre = 0; centre < k; centre++) {
      if (centre === best) continue;
      const centreBase = centre * cols;
      let distance = 0;
      let column = 0;
      for (; column < cols; column++) {
        const difference = (values[base + column] as number) - (centres[centreBase + column] as number);
        distance += difference * difference;
        if (distance > bestDistance) break;
      }
      if (column === cols && (distance < bestDistance || (distance === bestDistance && centre < best))) {
        bestDistance = distance;
        best = centre;
      }
    }
    labels[row] = best;
    inertia += bestDistance;
  }
  return inertia;
}

export function inertiaOf(data: Matrix, centres: Float64Array, labels: Int32Array): number {
  const { data: values, rows, cols } = data;
  let inertia = 0;
  for (let row = 0; row < rows; row++) {
    const base = row * cols;
    const centreBase = (labels[row] as number) * cols;
    for (let column = 0; column < cols; column++) {
      const difference = (values[base + column] as number) - (centres[centreBase + column] as number);
      inertia += difference * difference;
    }
  }
  return inertia;
}

/**
 * Gives each empty cluster one of the points farthest from their old centres, moving that point's
 * contribution out of its own cluster's sum (sklearn's `_relocate_empty_clusters_dense`).
 * `sums` holds per-cluster coordinate sums, not yet divided by `counts`.
 */
export function relocateEmptyClusters(
  data: Matrix,
  oldCentres: Float64Array,
  sums: Float64Array,
  counts: Float64Array,
  labels: Int32Array,
): void {
  const empty: number[] = [];
  counts.forEach((count, cluster) => {
    if (count === 0) empty.push(cluster);
  });
  if (empty.length === 0) return;
  const { data: values, rows, cols } = data;
  const distances = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    const base = row * cols;
    const centreBase = (labels[row] as number) * cols;
    let distance = 0;
    for (let column = 0; column < cols; column++) {
      const difference = (values[base + column] as number) - (oldCentres[centreBase + column] as number);
      distance += difference * difference;
    }
    distances[row] = distance;
  }
  const farthest = farthestRows(distances, empty.length);
  empty.forEach((cluster, index) => {
    const row = farthest[index] as number;
    const owner = labels[row] as number;
    for (let column = 0; column < cols; column++) {
      const value = values[row * cols + column] as number;
      (sums[owner * cols + column] as number) -= value;
      sums[cluster * cols + column] = value;
    }
    counts[cluster] = 1;
    (counts[owner] as number) -= 1;
  });
}

function farthestRows(distances: Float64Array, count: number): number[] {
  const order = Array.from(distances.keys());
  // Stable sort: among equal distances the lower index comes first.
  order.sort((left, right) => (distances[right] as number) - (distances[left] as number));
  return order.slice(0, count);
}

/** Divides sums by counts in place, leaving clusters with no weight as they are (as sklearn). */
export function averageCentres(sums: Float64Array, counts: Float64Array, cols: number): void {
  counts.forEach((count, cluster) => {
    if (count > 0) {
      const scale = 1 / count;
      for (let column = 0; column < cols; column++) (sums[cluster * cols + column] as number) *= scale;
    }
  });
}

/** Euclidean distance each centre moved, written into `shifts`; returns the sum of their squares. */
export function centreShifts(
  oldCentres: Float64Array,
  newCentres: Float64Array,
  cols: number,
  shifts: Float64Array,
): number {
  let total = 0;
  for (let cluster = 0; cluster < shifts.length; cluster++) {
    let squared = 0;
    for (let column = 0; column < cols; column++) {
      const difference =
        (newCentres[cluster * cols + column] as number) - (oldCentres[cluster * cols + column] as number);
      squared += difference * difference;
    }
    const shift = Math.sqrt(squared);
    shifts[cluster] = shift;
    // Squares the rounded shift back, as sklearn's `(center_shift**2).sum()`.
    total += shift * shift;
  }
  return total;
}

export function labelsEqual(left: Int32Array, right: Int32Array): boolean {
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) return false;
  return true;
}
