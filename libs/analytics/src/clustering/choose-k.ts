import { ClusteringError } from './clustering-error';
import { kMeans, type KMeansAlgorithm } from './kmeans';
import type { Matrix } from './matrix';
import { silhouetteScore } from './silhouette';
import { assertIntegerAtLeast, assertUsableMatrix } from './validation';

export interface ChooseKOptions {
  /** Smallest k tried, >= 2 (silhouette is undefined for one cluster). */
  readonly kMin: number;
  /** Largest k tried, <= rows - 1. */
  readonly kMax: number;
  readonly seed?: number;
  /** K-means restarts per k; default 1. */
  readonly nInit?: number;
  readonly algorithm?: KMeansAlgorithm;
  /** Score silhouettes on a seeded subset of this many rows (large inputs). */
  readonly sampleSize?: number;
}

export interface KCandidate {
  readonly k: number;
  readonly silhouette: number;
  readonly inertia: number;
}

export interface ChooseKResult {
  /** The k with the highest silhouette; the smaller k on a tie. */
  readonly bestK: number;
  readonly candidates: KCandidate[];
}

/** Runs k-means for each k in [kMin, kMax] and picks the k whose clustering has the best silhouette. */
export function chooseK(data: Matrix, options: ChooseKOptions): ChooseKResult {
  assertUsableMatrix(data);
  const { kMin, kMax, seed = 0, nInit = 1, algorithm, sampleSize } = options;
  assertIntegerAtLeast('kMin', kMin, 2);
  assertIntegerAtLeast('kMax', kMax, kMin);
  if (kMax > data.rows - 1) {
    throw new ClusteringError(
      'TOO_FEW_POINTS',
      `kMax = ${kMax} needs at least ${kMax + 1} rows, got ${data.rows}`,
    );
  }
  const candidates: KCandidate[] = [];
  for (let k = kMin; k <= kMax; k++) {
    const clustering = kMeans(data, { k, seed, nInit, algorithm });
    const silhouette = silhouetteScore(data, clustering.labels, { seed, sampleSize });
    candidates.push({ k, silhouette, inertia: clustering.inertia });
  }
  const best = candidates.reduce((winner, candidate) =>
    candidate.silhouette > winner.silhouette ? candidate : winner,
  );
  return { bestK: best.k, candidates };
}
