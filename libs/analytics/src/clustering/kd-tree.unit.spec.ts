import { SeededRandom } from '../random/seeded-random';
import { IndexBuffer } from './index-buffer';
import { KdTree } from './kd-tree';

function randomPoints(rows: number, cols: number, seed: number): Float64Array {
  const random = new SeededRandom(seed);
  // Rounded coordinates make many distances land exactly on the radius.
  return Float64Array.from({ length: rows * cols }, () => Math.round(random.next() * 20) / 4);
}

function bruteForce(points: Float64Array, cols: number, query: number, radius: number): number[] {
  const found: number[] = [];
  for (let row = 0; row < points.length / cols; row++) {
    let squared = 0;
    for (let column = 0; column < cols; column++) {
      const difference = points[row * cols + column]! - points[query * cols + column]!;
      squared += difference * difference;
    }
    if (squared <= radius * radius) found.push(row);
  }
  return found;
}

describe(KdTree.name, () => {
  it.each([
    [1, 0.5],
    [2, 0.75],
    [3, 1],
    [5, 2],
  ])('finds exactly the brute-force neighbours in %i dimensions within %d', (cols, radius) => {
    const rows = 500;
    const points = randomPoints(rows, cols, cols);
    const tree = new KdTree({ data: points, rows, cols }, 8);
    const buffer = new IndexBuffer();

    for (let query = 0; query < rows; query += 7) {
      buffer.clear();
      tree.collectWithin(points, query * cols, radius, buffer);
      const expected = bruteForce(points, cols, query, radius);

      expect(Array.from(buffer.values.subarray(0, buffer.length)).sort((a, b) => a - b)).toEqual(expected);
      expect(tree.countWithin(points, query * cols, radius)).toBe(expected.length);
    }
  });

  it('answers queries on a tree of one point', () => {
    const points = Float64Array.from([1, 2]);
    const tree = new KdTree({ data: points, rows: 1, cols: 2 });

    expect(tree.countWithin(Float64Array.from([1, 2.5]), 0, 0.5)).toBe(1);
    expect(tree.countWithin(Float64Array.from([1, 2.6]), 0, 0.5)).toBe(0);
  });
});
