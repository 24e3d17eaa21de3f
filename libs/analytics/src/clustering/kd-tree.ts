import { type IndexBuffer } from './index-buffer';
import type { Matrix } from './matrix';

/**
 * A static KD-tree over the rows of a matrix for fixed-radius queries (`distance <= radius`), laid
 * out as sklearn's: a complete binary tree whose nodes split at the median of their widest column.
 * Points are copied in tree order so a leaf scans contiguous memory.
 */
export class KdTree {
  private readonly cols: number;
  private readonly points: Float64Array;
  private readonly rowAt: Int32Array;
  private readonly nodeStart: Int32Array;
  private readonly nodeEnd: Int32Array;
  private readonly lower: Float64Array;
  private readonly upper: Float64Array;
  private readonly firstLeaf: number;
  private readonly stack: Int32Array;

  constructor(data: Matrix, leafSize = 30) {
    const { rows, cols } = data;
    this.cols = cols;
    const levels = 1 + Math.floor(Math.log2(Math.max(1, (rows - 1) / leafSize)));
    const nodeCount = 2 ** levels - 1;
    this.firstLeaf = 2 ** (levels - 1) - 1;
    this.stack = new Int32Array(levels + 1);
    this.nodeStart = new Int32Array(nodeCount);
    this.nodeEnd = new Int32Array(nodeCount);
    this.lower = new Float64Array(nodeCount * cols);
    this.upper = new Float64Array(nodeCount * cols);
    const order = new Int32Array(rows);
    for (let row = 0; row < rows; row++) order[row] = row;
    this.build(data, order, 0, 0, rows);
    this.rowAt = order;
    this.points = new Float64Array(rows * cols);
    for (let position = 0; position < rows; position++) {
      const row = order[position] as number;
      this.points.set(data.data.subarray(row * cols, (row + 1) * cols), position * cols);
    }
  }

  /** Number of rows within `radius` of the point at `query[offset .. offset + cols)`. */
  countWithin(query: Float64Array, offset: number, radius: number): number {
    return this.search(query, offset, radius * radius, undefined);
  }

  /** Appends to `out` the rows within `radius` of the point at `query[offset .. offset + cols)`. */
  collectWithin(query: Float64Array, offset: number, radius: number, out: IndexBuffer): void {
    this.search(query, offset, radius * radius, out);
  }

  // One loop serves counting and collecting: callbacks here cost more than the distance arithmetic.
  private search(
    query: Float64Array,
    offset: number,
    radiusSquared: number,
    out: IndexBuffer | undefined,
  ): number {
    const { cols, points, rowAt, nodeStart, nodeEnd, lower, upper, firstLeaf, stack } = this;
    let count = 0;
    let depth = 0;
    stack[depth++] = 0;
    while (depth > 0) {
      const node = stack[--depth] as number;
      let nearest = 0;
      let farthest = 0;
      const boxBase = node * cols;
      for (let column = 0; column < cols; column++) {
        const value = query[offset + column] as number;
        const below = (lower[boxBase + column] as number) - value;
        const above = value - (upper[boxBase + column] as number);
        const gap = below > 0 ? below : above > 0 ? above : 0;
        nearest += gap * gap;
        const reach = below < 0 ? -below : below;
        const otherReach = above < 0 ? -above : above;
        const far = reach > otherReach ? reach : otherReach;
        farthest += far * far;
      }
      if (nearest > radiusSquared) continue;
      const start = nodeStart[node] as number;
      const end = nodeEnd[node] as number;
      if (farthest <= radiusSquared) {
        count += end - start;
        if (out !== undefined)
          for (let position = start; position < end; position++) out.push(rowAt[position] as number);
      } else if (node >= firstLeaf) {
        for (let position = start; position < end; position++) {
          const base = position * cols;
          let squared = 0;
          for (let column = 0; column < cols; column++) {
            const difference = (points[base + column] as number) - (query[offset + column] as number);
            squared += difference * difference;
          }
          if (squared <= radiusSquared) {
            count++;
            out?.push(rowAt[position] as number);
          }
        }
      } else {
        stack[depth++] = 2 * node + 1;
        stack[depth++] = 2 * node + 2;
      }
    }
    return count;
  }

  private build(data: Matrix, order: Int32Array, node: number, start: number, end: number): void {
    this.nodeStart[node] = start;
    this.nodeEnd[node] = end;
    const widest = this.recordBounds(data, order, node, start, end);
    if (node >= this.firstLeaf) return;
    const middle = start + ((end - start) >> 1);
    selectNth(data, order, widest, start, end, middle);
    this.build(data, order, 2 * node + 1, start, middle);
    this.build(data, order, 2 * node + 2, middle, end);
  }

  // Stores the node's bounding box and returns its widest column.
  private recordBounds(data: Matrix, order: Int32Array, node: number, start: number, end: number): number {
    const { cols } = this;
    const boxBase = node * cols;
    this.lower.fill(Infinity, boxBase, boxBase + cols);
    this.upper.fill(-Infinity, boxBase, boxBase + cols);
    for (let position = start; position < end; position++) {
      const base = (order[position] as number) * cols;
      for (let column = 0; column < cols; column++) {
        const value = data.data[base + column] as number;
        if (value < (this.lower[boxBase + column] as number)) this.lower[boxBase + column] = value;
        if (value > (this.upper[boxBase + column] as number)) this.upper[boxBase + column] = value;
      }
    }
    let widest = 0;
    let widestSpread = -1;
    for (let column = 0; column < cols; column++) {
      const spread = (this.upper[boxBase + column] as number) - (this.lower[boxBase + column] as number);
      if (spread > widestSpread) {
        widestSpread = spread;
        widest = column;
      }
    }
    return widest;
  }
}

// Quickselect: reorders order[start, end) so order[nth] holds the row of rank nth in `column`.
function selectNth(
  data: Matrix,
  order: Int32Array,
  column: number,
  start: number,
  end: number,
  nth: number,
): void {
  const { data: values, cols } = data;
  let left = start;
  let right = end - 1;
  while (right > left) {
    const pivot = values[(order[(left + right) >> 1] as number) * cols + column] as number;
    let low = left;
    let high = right;
    while (low <= high) {
      while ((values[(order[low] as number) * cols + column] as number) < pivot) low++;
      while ((values[(order[high] as number) * cols + column] as number) > pivot) high--;
      if (low <= high) {
        const swap = order[low] as number;
        order[low] = order[high] as number;
        order[high] = swap;
        low++;
        high--;
      }
    }
    if (nth <= high) right = high;
    else if (nth >= low) left = low;
    else return;
  }
}
