import { IndexBuffer } from './index-buffer';
import { KdTree } from './kd-tree';
import type { Matrix } from './matrix';
import { assertIntegerAtLeast, assertPositive, assertUsableMatrix } from './validation';

export interface DbscanOptions {
  /** Neighbourhood radius: points at Euclidean distance <= eps are neighbours. */
  readonly eps: number;
  /** Neighbours (the point itself included) that make a core point; sklearn's min_samples. */
  readonly minPoints: number;
}

export interface DbscanResult {
  /** Cluster per row, numbered from 0 in order of each cluster's lowest core row; -1 is noise. */
  readonly labels: Int32Array;
  /** Rows with at least minPoints neighbours, ascending. */
  readonly coreSampleIndices: Int32Array;
  readonly clusterCount: number;
  readonly noiseCount: number;
}

/**
 * DBSCAN with scikit-learn 1.6 semantics: clusters grow from core rows in row order and a border row
 * joins the first cluster that reaches it, so labels equal sklearn's exactly.
 */
export function dbscan(data: Matrix, options: DbscanOptions): DbscanResult {
  assertUsableMatrix(data);
  assertPositive('eps', options.eps);
  assertIntegerAtLeast('minPoints', options.minPoints, 1);
  const { eps, minPoints } = options;
  const { data: values, rows, cols } = data;
  const tree = new KdTree(data);
  const core = new Uint8Array(rows);
  const coreRows: number[] = [];
  for (let row = 0; row < rows; row++) {
    if (tree.countWithin(values, row * cols, eps) >= minPoints) {
      core[row] = 1;
      coreRows.push(row);
    }
  }
  const labels = new Int32Array(rows).fill(-1);
  const neighbours = new IndexBuffer();
  const pending = new IndexBuffer();
  let clusterCount = 0;
  for (const seed of coreRows) {
    if (labels[seed] !== -1) continue;
    labels[seed] = clusterCount;
    pending.push(seed);
    while (pending.length > 0) {
      const row = pending.values[--pending.length] as number;
      neighbours.clear();
      tree.collectWithin(values, row * cols, eps, neighbours);
      for (let index = 0; index < neighbours.length; index++) {
        const neighbour = neighbours.values[index] as number;
        if (labels[neighbour] !== -1) continue;
        // Labelling on discovery gives the same partition as sklearn's label-on-pop stack.
        labels[neighbour] = clusterCount;
        if (core[neighbour] === 1) pending.push(neighbour);
      }
    }
    clusterCount++;
  }
  let noiseCount = 0;
  for (let row = 0; row < rows; row++) if (labels[row] === -1) noiseCount++;
  return { labels, coreSampleIndices: Int32Array.from(coreRows), clusterCount, noiseCount };
}
