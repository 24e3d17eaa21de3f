import { SeededRandom } from '../random/seeded-random';
import { ClusteringError } from './clustering-error';
import { kMeansPlusPlus } from './kmeans-plus-plus';
import { assignNearest } from './kmeans-steps';
import type { Matrix } from './matrix';
import { assertIntegerAtLeast, assertSameWidth, assertUsableMatrix } from './validation';

export interface MiniBatchKMeansOptions {
  readonly k: number;
  readonly seed?: number;
  /** Nominal batch size: paces random reassignment and sizes the first batch's init sample. Default 1024. */
  readonly batchSize?: number;
  /** Centres whose count falls below this share of the largest count are re-seeded. Default 0.01; 0 disables. */
  readonly reassignmentRatio?: number;
}

/**
 * Streaming k-means as scikit-learn 1.6 `MiniBatchKMeans.partial_fit`: k-means++ on the first batch,
 * then each batch moves every centre towards its points with a per-centre learning rate 1 / count.
 */
export class MiniBatchKMeans {
  private readonly k: number;
  private readonly batchSize: number;
  private readonly reassignmentRatio: number;
  private readonly random: SeededRandom;
  private state:
    { centres: Float64Array; counts: Float64Array; cols: number; effectiveBatch: number } | undefined;
  private sinceReassign = 0;
  private stepCount = 0;

  constructor(options: MiniBatchKMeansOptions) {
    assertIntegerAtLeast('k', options.k, 1);
    this.k = options.k;
    this.batchSize = options.batchSize ?? 1024;
    assertIntegerAtLeast('batchSize', this.batchSize, 1);
    this.reassignmentRatio = options.reassignmentRatio ?? 0.01;
    if (!(this.reassignmentRatio >= 0)) {
      throw new ClusteringError(
        'INVALID_PARAMETER',
        `reassignmentRatio must be >= 0, got ${this.reassignmentRatio}`,
      );
    }
    this.random = new SeededRandom(options.seed ?? 0);
  }

  /** Updates the centres with one batch; returns the batch's inertia before the update. */
  partialFit(batch: Matrix): number {
    assertUsableMatrix(batch, 'batch');
    const state = this.state ?? this.initialise(batch);
    assertSameWidth(batch, { data: state.centres, rows: this.k, cols: state.cols });
    const labels = new Int32Array(batch.rows);
    const inertia = assignNearest(batch, state.centres, labels);
    moveCentres(batch, labels, state.centres, state.counts);
    this.sinceReassign += state.effectiveBatch;
    if (state.counts.includes(0) || this.sinceReassign >= 10 * this.k) {
      this.sinceReassign = 0;
      if (this.reassignmentRatio > 0) this.reassignSmallCentres(batch, state.centres, state.counts);
    }
    this.stepCount++;
    return inertia;
  }

  /** The nearest centre for each row. */
  predict(data: Matrix): Int32Array {
    assertUsableMatrix(data);
    const { centres } = this.fitted();
    assertSameWidth(data, centres);
    const labels = new Int32Array(data.rows);
    assignNearest(data, centres.data, labels);
    return labels;
  }

  /** A copy of the current centres (k rows). */
  get centres(): Matrix {
    return this.fitted().centres;
  }

  /** A copy of the per-centre counts (points absorbed so far, adjusted on reassignment). */
  get counts(): Float64Array {
    return this.fitted().counts;
  }

  get steps(): number {
    return this.stepCount;
  }

  private fitted(): { centres: Matrix; counts: Float64Array } {
    if (this.state === undefined)
      throw new ClusteringError('INVALID_PARAMETER', 'no batch has been fitted yet');
    const { centres, counts, cols } = this.state;
    return {
      centres: { data: Float64Array.from(centres), rows: this.k, cols },
      counts: Float64Array.from(counts),
    };
  }

  private initialise(batch: Matrix): NonNullable<MiniBatchKMeans['state']> {
    if (batch.rows < this.k) {
      throw new ClusteringError(
        'TOO_FEW_POINTS',
        `the first batch needs at least k = ${this.k} rows, got ${batch.rows}`,
      );
    }
    const effectiveBatch = Math.min(this.batchSize, batch.rows);
    const initSize = Math.min(Math.max(3 * effectiveBatch, 3 * this.k), batch.rows);
    let sample = batch;
    if (initSize < batch.rows) {
      // Drawn with replacement, as sklearn's randint.
      const data = new Float64Array(initSize * batch.cols);
      for (let index = 0; index < initSize; index++) {
        const row = this.random.nextInt(batch.rows);
        data.set(batch.data.subarray(row * batch.cols, (row + 1) * batch.cols), index * batch.cols);
      }
      sample = { data, rows: initSize, cols: batch.cols };
    }
    const centres = kMeansPlusPlus(sample, this.k, this.random);
    this.state = { centres, counts: new Float64Array(this.k), cols: batch.cols, effectiveBatch };
    return this.state;
  }

  // sklearn's random reassignment: centres that absorbed almost nothing restart at random batch rows.
  private reassignSmallCentres(batch: Matrix, centres: Float64Array, counts: Float64Array): void {
    const largest = Math.max(...counts);
    const small = Array.from(counts.keys()).filter(
      (centre) => (counts[centre] as number) < this.reassignmentRatio * largest,
    );
    const limit = Math.floor(0.5 * batch.rows);
    const chosen =
      small.length > 0.5 * batch.rows
        ? smallestCounts(counts, limit)
            .filter((centre) => small.includes(centre))
            .sort((left, right) => left - right)
        : small;
    if (chosen.length === 0) return;
    const rows = this.random.permutation(batch.rows).subarray(0, chosen.length);
    const cols = batch.cols;
    chosen.forEach((centre, index) => {
      const row = rows[index] as number;
      centres.set(batch.data.subarray(row * cols, (row + 1) * cols), centre * cols);
    });
    const kept = Array.from(counts).filter((_, centre) => !chosen.includes(centre));
    // A reset count of the smallest kept count stops the same centre being reassigned straight away.
    const floor = Math.min(...kept);
    for (const centre of chosen) counts[centre] = floor;
  }
}

function smallestCounts(counts: Float64Array, limit: number): number[] {
  return Array.from(counts.keys())
    .sort((left, right) => (counts[left] as number) - (counts[right] as number))
    .slice(0, limit);
}

// sklearn's `_minibatch_update_dense` with unit weights.
function moveCentres(batch: Matrix, labels: Int32Array, centres: Float64Array, counts: Float64Array): void {
  const { data: values, rows, cols } = batch;
  const k = counts.length;
  const sums = new Float64Array(k * cols);
  const batchCounts = new Float64Array(k);
  for (let row = 0; row < rows; row++) {
    const label = labels[row] as number;
    (batchCounts[label] as number) += 1;
    for (let column = 0; column < cols; column++)
      (sums[label * cols + column] as number) += values[row * cols + column] as number;
  }
  for (let centre = 0; centre < k; centre++) {
    const added = batchCounts[centre] as number;
    if (added === 0) continue;
    const total = (counts[centre] as number) + added;
    const scale = 1 / total;
    for (let column = 0; column < cols; column++) {
      const index = centre * cols + column;
      centres[index] =
        ((centres[index] as number) * (counts[centre] as number) + (sums[index] as number)) * scale;
    }
    counts[centre] = total;
  }
}
