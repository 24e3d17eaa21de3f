import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matrixFromRows, type Matrix } from '../../src/clustering/matrix';

export interface GoldenKMeansRun {
  readonly algorithm: 'lloyd' | 'elkan';
  readonly inertia: number;
  readonly iterations: number;
  readonly labels: number[];
  readonly centres: number[][];
}

export interface GoldenDbscanCase {
  readonly eps: number;
  readonly minSamples: number;
  readonly labels: number[];
  readonly coreSampleIndices: number[];
}

export interface GoldenSilhouette {
  readonly labels: number[];
  readonly sklearn: number;
  readonly exactDistances: number;
}

/** Values scikit-learn produced, written by libs/analytics/reference/clustering_reference.py. */
export interface ClusteringGolden {
  readonly generator: string;
  readonly kmeansIris: {
    readonly k: number;
    readonly nInit: number;
    readonly inertia: number;
    readonly centres: number[][];
  };
  readonly kmeansFromInit: Record<
    'iris' | 'blobsWithEmptyCluster',
    { readonly init: number[][]; readonly runs: GoldenKMeansRun[] }
  >;
  readonly blobs: number[][];
  readonly dbscanBlobs: GoldenDbscanCase[];
  readonly irisStandardised: number[][];
  readonly dbscanIrisStandardised: GoldenDbscanCase[];
  readonly silhouette: Record<'irisKMeans' | 'blobsDbscan', GoldenSilhouette>;
}

export function loadClusteringGolden(): ClusteringGolden {
  return JSON.parse(readFileSync(join(__dirname, 'clustering-golden.json'), 'utf8')) as ClusteringGolden;
}

/** The four iris measurements; the file's first line is sklearn's "150,4,names" line, not a header. */
export function loadIrisFeatures(): Matrix {
  const lines = readFileSync(join(__dirname, 'iris.csv'), 'utf8').trim().split('\n').slice(1);
  return matrixFromRows(lines.map((line) => line.split(',').slice(0, 4).map(Number)));
}
