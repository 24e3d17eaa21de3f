import { SeededRandom } from '../random/seeded-random';
import { ClusteringError } from './clustering-error';
import { runElkan } from './elkan';
import { runHamerly } from './hamerly';
import { kMeansPlusPlus } from './kmeans-plus-plus';
import { assignNearest, type SingleRun } from './kmeans-steps';
import { runLloyd } from './lloyd';
import type { Matrix } from './matrix';
import { assertIntegerAtLeast, assertSameWidth, assertUsableMatrix } from './validation';

export type KMeansAlgorithm = 'lloyd' | 'elkan' | 'hamerly';

export interface KMeansOptions {
  readonly k: number;
  /** Seed for k-means++; default 0. */
  readonly seed?: number;
  /** Restarts from fresh k-means++ seeds; the lowest inertia wins. Default 1 (sklearn's 'auto'). */
  readonly nInit?: number;
  /** Default 300. */
  readonly maxIterations?: number;
  /** Relative tolerance: stop when the squared centre shift is <= tolerance × mean column variance. Default 1e-4. */
  readonly tolerance?: number;
  /**
   * Default 'hamerly', measured fastest on 100k × 8, k = 8 (docs/decisions/0014-kmeans-hamerly.md);
   * all three give Lloyd's labels and iterations.
   */
  readonly algorithm?: KMeansAlgorithm;
  /** Explicit starting centres (k rows) instead of k-means++; then nInit must be 1. */
  readonly initialCentres?: Matrix;
}

export interface KMeansResult {
  readonly centres: Matrix;
  readonly labels: Int32Array;
  /** Sum of squared distances from each point to its centre. */
  readonly inertia: number;
  readonly iterations: number;
}

/** K-means as scikit-learn 1.6 `KMeans` (k-means++ init, relative tolerance, empty-cluster relocation). */
export function kMeans(data: Matrix, options: KMeansOptions): KMeansResult {
  assertUsableMatrix(data);
  const { k, seed = 0, nInit = 1, maxIterations = 300, tolerance = 1e-4, initialCentres } = options;
  assertIntegerAtLeast('k', k, 1);
  assertIntegerAtLeast('nInit', nInit, 1);
  assertIntegerAtLeast('maxIterations', maxIterations, 1);
  if (!(tolerance >= 0))
    throw new ClusteringError('INVALID_PARAMETER', `tolerance must be >= 0, got ${tolerance}`);
  if (k > data.rows) {
    throw new ClusteringError('TOO_FEW_POINTS', `k = ${k} needs at least ${k} points, got ${data.rows}`);
  }
  const { centred, means } = centreColumns(data);
  const absoluteTolerance = tolerance * meanVariance(centred);
  const run = singleRunFor(k === 1 ? 'lloyd' : (options.algorithm ?? 'hamerly'));
  const nextStart = startingCentres(centred, means, k, nInit, seed, initialCentres);
  let best: SingleRun = run(centred, nextStart(), maxIterations, absoluteTolerance);
  for (let attempt = 1; attempt < nInit; attempt++) {
    const result = run(centred, nextStart(), maxIterations, absoluteTolerance);
    // A marginally lower inertia for the same partition is rounding, not a better run (as sklearn).
    if (result.inertia < best.inertia && !sameClustering(result.labels, best.labels, k)) best = result;
  }
  const centres = best.centres;
  for (let index = 0; index < centres.length; index++)
    (centres[index] as number) += means[index % data.cols] as number;
  return {
    centres: { data: centres, rows: k, cols: data.cols },
    labels: best.labels,
    inertia: best.inertia,
    iterations: best.iterations,
  };
}

/** The index of the nearest centre for each row of `data`. */
export function kMeansPredict(centres: Matrix, data: Matrix): Int32Array {
  assertUsableMatrix(centres, 'centres');
  assertUsableMatrix(data);
  assertSameWidth(data, centres);
  const labels = new Int32Array(data.rows);
  assignNearest(data, centres.data, labels);
  return labels;
}

const singleRuns: Record<KMeansAlgorithm, typeof runLloyd> = {
  lloyd: runLloyd,
  elkan: runElkan,
  hamerly: runHamerly,
};

function singleRunFor(algorithm: KMeansAlgorithm): typeof runLloyd {
  return singleRuns[algorithm];
}

function startingCentres(
  centred: Matrix,
  means: Float64Array,
  k: number,
  nInit: number,
  seed: number,
  initialCentres: Matrix | undefined,
): () => Float64Array {
  if (initialCentres === undefined) {
    const random = new SeededRandom(seed);
    return () => kMeansPlusPlus(centred, k, random);
  }
  assertUsableMatrix(initialCentres, 'initialCentres');
  assertSameWidth(centred, initialCentres);
  if (initialCentres.rows !== k || nInit !== 1) {
    throw new ClusteringError(
      'INVALID_PARAMETER',
      `initialCentres needs exactly k = ${k} rows and nInit = 1`,
    );
  }
  const start = initialCentres.data.map((value, index) => value - (means[index % centred.cols] as number));
  return () => start;
}

// Subtracting the column means first keeps distances accurate, as sklearn does for dense input.
// Column by column (a stride of `cols`): each mean is summed in row order with one accumulator.
function centreColumns(data: Matrix): { centred: Matrix; means: Float64Array } {
  const { data: values, rows, cols } = data;
  const means = new Float64Array(cols);
  const centred = new Float64Array(values.length);
  for (let column = 0; column < cols; column++) {
    let sum = 0;
    for (let index = column; index < values.length; index += cols) sum += values[index] as number;
    const mean = sum / rows;
    means[column] = mean;
    for (let index = column; index < values.length; index += cols)
      centred[index] = (values[index] as number) - mean;
  }
  return { centred: { data: centred, rows, cols }, means };
}

function meanVariance(centred: Matrix): number {
  const values = centred.data;
  let total = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    total += value * value;
  }
  return total / centred.rows / centred.cols;
}

function sameClustering(left: Int32Array, right: Int32Array, k: number): boolean {
  const mapping = new Int32Array(k).fill(-1);
  for (let index = 0; index < left.length; index++) {
    const from = left[index] as number;
    const to = right[index] as number;
    if (mapping[from] === -1) mapping[from] = to;
    else if (mapping[from] !== to) return false;
  }
  return true;
}
