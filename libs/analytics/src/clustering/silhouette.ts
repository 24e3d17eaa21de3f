import { SeededRandom } from '../random/seeded-random';
import { ClusteringError } from './clustering-error';
import type { Matrix } from './matrix';
import { assertIntegerAtLeast, assertUsableMatrix } from './validation';

export interface SilhouetteOptions {
  /** Score a random subset of this many rows (exact when absent or >= the number of rows). */
  readonly sampleSize?: number;
  /** Seed for the subset; default 0. */
  readonly seed?: number;
}

/**
 * Silhouette coefficient of every row (Euclidean, exact O(n²)), as sklearn's `silhouette_samples`:
 * a row alone in its cluster scores 0. Any integer labels work; -1 is an ordinary label here.
 */
export function silhouetteSamples(data: Matrix, labels: ArrayLike<number>): Float64Array {
  assertUsableMatrix(data);
  if (labels.length !== data.rows) {
    throw new ClusteringError('SHAPE_MISMATCH', `${labels.length} labels for ${data.rows} rows`);
  }
  const { codes, sizes } = encodeLabels(labels);
  const clusterCount = sizes.length;
  if (clusterCount < 2 || clusterCount > data.rows - 1) {
    throw new ClusteringError(
      'INVALID_PARAMETER',
      `silhouette needs 2 to ${data.rows - 1} distinct labels (rows - 1), got ${clusterCount}`,
    );
  }
  const sums = distanceSumsByCluster(data, codes, clusterCount);
  const scores = new Float64Array(data.rows);
  for (let row = 0; row < data.rows; row++) {
    const own = codes[row] as number;
    let nearestOther = Infinity;
    for (let cluster = 0; cluster < clusterCount; cluster++) {
      if (cluster !== own)
        nearestOther = Math.min(
          nearestOther,
          (sums[row * clusterCount + cluster] as number) / (sizes[cluster] as number),
        );
    }
    const ownSize = sizes[own] as number;
    if (ownSize === 1) continue;
    const within = (sums[row * clusterCount + own] as number) / (ownSize - 1);
    const larger = Math.max(within, nearestOther);
    scores[row] = larger === 0 ? 0 : (nearestOther - within) / larger;
  }
  return scores;
}

/** Mean silhouette coefficient; with `sampleSize`, over a seeded random subset (sklearn's sample_size). */
export function silhouetteScore(
  data: Matrix,
  labels: ArrayLike<number>,
  options: SilhouetteOptions = {},
): number {
  const { sampleSize, seed = 0 } = options;
  let subset = data;
  let subsetLabels = labels;
  if (sampleSize !== undefined && sampleSize < data.rows) {
    assertIntegerAtLeast('sampleSize', sampleSize, 2);
    const picked = new SeededRandom(seed).permutation(data.rows).subarray(0, sampleSize);
    const rows = new Float64Array(sampleSize * data.cols);
    picked.forEach((row, index) => {
      rows.set(data.data.subarray(row * data.cols, (row + 1) * data.cols), index * data.cols);
    });
    subset = { data: rows, rows: sampleSize, cols: data.cols };
    subsetLabels = Array.from(picked, (row) => labels[row] as number);
  }
  const scores = silhouetteSamples(subset, subsetLabels);
  let total = 0;
  for (const score of scores) total += score;
  return total / scores.length;
}

function encodeLabels(labels: ArrayLike<number>): { codes: Int32Array; sizes: number[] } {
  const codeOf = new Map<number, number>();
  const sizes: number[] = [];
  const codes = new Int32Array(labels.length);
  for (let row = 0; row < labels.length; row++) {
    const label = labels[row] as number;
    let code = codeOf.get(label);
    if (code === undefined) {
      code = sizes.length;
      codeOf.set(label, code);
      sizes.push(0);
    }
    codes[row] = code;
    (sizes[code] as number) += 1;
  }
  return { codes, sizes };
}

// For each row, the sum of its distances to the rows of each cluster (each pair computed once).
function distanceSumsByCluster(data: Matrix, codes: Int32Array, clusterCount: number): Float64Array {
  const { data: values, rows, cols } = data;
  const sums = new Float64Array(rows * clusterCount);
  for (let left = 0; left < rows; left++) {
    const leftBase = left * cols;
    const leftCode = codes[left] as number;
    for (let right = left + 1; right < rows; right++) {
      const rightBase = right * cols;
      let squared = 0;
      for (let column = 0; column < cols; column++) {
        const difference = (values[leftBase + column] as number) - (values[rightBase + column] as number);
        squared += difference * difference;
      }
      const distance = Math.sqrt(squared);
      (sums[left * clusterCount + (codes[right] as number)] as number) += distance;
      (sums[right * clusterCount + leftCode] as number) += distance;
    }
  }
  return sums;
}
