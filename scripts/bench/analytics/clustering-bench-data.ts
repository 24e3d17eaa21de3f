import { SeededRandom, type Matrix } from '@crm/analytics';

/** Gaussian blobs (unit spread) around `centres` random centres in [-spread, spread]^cols. */
export function gaussianBlobs(
  rows: number,
  cols: number,
  centres: number,
  spread: number,
  seed: number,
): Matrix {
  const random = new SeededRandom(seed);
  const means = Float64Array.from({ length: centres * cols }, () => (random.next() * 2 - 1) * spread);
  const data = new Float64Array(rows * cols);
  for (let row = 0; row < rows; row++) {
    const centre = random.nextInt(centres);
    for (let column = 0; column < cols; column++) {
      data[row * cols + column] = (means[centre * cols + column] as number) + random.nextGaussian();
    }
  }
  return { data, rows, cols };
}

/** Blobs plus a share of points uniform over the blobs' box: DBSCAN then has noise to find. */
export function blobsWithNoise(rows: number, cols: number, noiseShare: number, seed: number): Matrix {
  const noiseRows = Math.round(rows * noiseShare);
  const blobs = gaussianBlobs(rows - noiseRows, cols, 10, 20, seed);
  const random = new SeededRandom(seed + 1);
  const data = new Float64Array(rows * cols);
  data.set(blobs.data);
  for (let index = blobs.data.length; index < data.length; index++)
    data[index] = (random.next() * 2 - 1) * 22;
  // Shuffle rows so noise is not all at the end (DBSCAN's result depends on row order).
  const order = random.permutation(rows);
  const shuffled = new Float64Array(rows * cols);
  order.forEach((from, to) => {
    shuffled.set(data.subarray(from * cols, (from + 1) * cols), to * cols);
  });
  return { data: shuffled, rows, cols };
}

/** `count` distinct rows picked at random: a starting point both implementations can share. */
export function randomRows(data: Matrix, count: number, seed: number): Matrix {
  const picked = new SeededRandom(seed).permutation(data.rows).subarray(0, count);
  const rows = new Float64Array(count * data.cols);
  picked.forEach((row, index) => {
    rows.set(data.data.subarray(row * data.cols, (row + 1) * data.cols), index * data.cols);
  });
  return { data: rows, rows: count, cols: data.cols };
}
