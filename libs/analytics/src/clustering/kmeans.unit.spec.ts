import { catchError } from '../../test-fixtures/clustering/catch-error';
import { loadClusteringGolden, loadIrisFeatures } from '../../test-fixtures/clustering/golden';
import { SeededRandom } from '../random/seeded-random';
import { ClusteringError } from './clustering-error';
import { kMeans, kMeansPredict } from './kmeans';
import { matrixFromRows, matrixToRows, type Matrix } from './matrix';

const golden = loadClusteringGolden();
const iris = loadIrisFeatures();

// Overlapping Gaussian blobs: many rows near cluster borders, so bounds are often too loose to settle them.
function overlappingBlobs(rows: number, cols: number, blobs: number, seed: number): Matrix {
  const random = new SeededRandom(seed);
  const means = Float64Array.from({ length: blobs * cols }, () => (random.next() * 2 - 1) * 2);
  const data = new Float64Array(rows * cols);
  for (let row = 0; row < rows; row++) {
    const blob = random.nextInt(blobs);
    for (let column = 0; column < cols; column++)
      data[row * cols + column] = (means[blob * cols + column] as number) + random.nextGaussian();
  }
  return { data, rows, cols };
}

function sortedRows(rows: number[][]): number[][] {
  return [...rows].sort((left, right) => left[0]! - right[0]!);
}

describe(kMeans.name, () => {
  it.each(['lloyd', 'elkan', 'hamerly'] as const)(
    'finds the best iris inertia of 10 k-means++ runs with %s',
    (algorithm) => {
      const result = kMeans(iris, { k: 3, nInit: 10, seed: 1, algorithm });

      expect(Math.abs(result.inertia - golden.kmeansIris.inertia) / golden.kmeansIris.inertia).toBeLessThan(
        1e-6,
      );
      sortedRows(matrixToRows(result.centres)).forEach((row, index) => {
        row.forEach((value, column) => {
          expect(value).toBeCloseTo(sortedRows(golden.kmeansIris.centres)[index]![column]!, 9);
        });
      });
    },
  );

  describe.each(Object.entries(golden.kmeansFromInit))(
    'from the same starting centres as sklearn (%s)',
    (_, example) => {
      const data = example === golden.kmeansFromInit.iris ? iris : matrixFromRows(golden.blobs);
      // Hamerly follows Lloyd's iterations, so it must reproduce each sklearn run too.
      const cases = example.runs.flatMap((run) => [
        { ours: run.algorithm, ...run },
        { ours: 'hamerly' as const, ...run },
      ]);
      it.each(cases)(
        'matches sklearn $algorithm with our $ours: labels, iterations, inertia, centres',
        (expected) => {
          const result = kMeans(data, {
            k: example.init.length,
            initialCentres: matrixFromRows(example.init),
            algorithm: expected.ours,
          });

          expect(Array.from(result.labels)).toEqual(expected.labels);
          expect(result.iterations).toBe(expected.iterations);
          expect(result.inertia).toBeCloseTo(expected.inertia, 8);
          matrixToRows(result.centres).forEach((row, centre) => {
            row.forEach((value, column) => {
              expect(value).toBeCloseTo(expected.centres[centre]![column]!, 10);
            });
          });
        },
      );
    },
  );

  it.each([
    ['strict convergence', 0],
    ['a tolerance stop', 1e-3],
  ])("gives Lloyd's labels and iterations with hamerly and elkan, up to %s", (_, tolerance) => {
    const data = overlappingBlobs(3000, 5, 7, 11);
    const initialCentres = { data: data.data.slice(0, 7 * 5), rows: 7, cols: 5 };
    const run = (algorithm: 'lloyd' | 'elkan' | 'hamerly') =>
      kMeans(data, { k: 7, initialCentres, tolerance, algorithm });
    const lloyd = run('lloyd');

    expect(lloyd.iterations).toBeGreaterThan(10);
    for (const other of [run('hamerly'), run('elkan')]) {
      expect(other.labels).toEqual(lloyd.labels);
      expect(other.iterations).toBe(lloyd.iterations);
      expect(other.inertia).toBeCloseTo(lloyd.inertia, 8);
      other.centres.data.forEach((value, index) => {
        expect(value).toBeCloseTo(lloyd.centres.data[index]!, 12);
      });
    }
  });

  it('gives the same result for the same seed', () => {
    const first = kMeans(iris, { k: 4, seed: 42 });
    const second = kMeans(iris, { k: 4, seed: 42 });

    expect(second.inertia).toBe(first.inertia);
    expect(second.labels).toEqual(first.labels);
  });

  it('clusters data with a constant column', () => {
    const data = matrixFromRows([
      [1, 5],
      [1.1, 5],
      [9, 5],
      [9.2, 5],
    ]);

    const result = kMeans(data, { k: 2 });

    expect(result.labels[0]).toBe(result.labels[1]);
    expect(result.labels[2]).toBe(result.labels[3]);
    expect(result.labels[0]).not.toBe(result.labels[2]);
  });

  it.each(['lloyd', 'elkan', 'hamerly'] as const)(
    'settles on one cluster with %s when all points coincide',
    (algorithm) => {
      const data = matrixFromRows([
        [1, 1],
        [1, 1],
        [1, 1],
      ]);

      const result = kMeans(data, { k: 2, nInit: 3, algorithm });

      expect(result.inertia).toBe(0);
      expect(Array.from(result.centres.data)).toEqual([1, 1, 1, 1]);
    },
  );

  it('puts every point in its own cluster when k equals the number of points', () => {
    const data = matrixFromRows([[0], [10], [20]]);

    const result = kMeans(data, { k: 3 });

    expect(new Set(result.labels).size).toBe(3);
    expect(result.inertia).toBe(0);
  });

  it.each([
    ['empty input', { data: new Float64Array(0), rows: 0, cols: 2 }, 1, 'CLUSTERING.EMPTY_INPUT'],
    ['k larger than the number of points', matrixFromRows([[1], [2]]), 3, 'CLUSTERING.TOO_FEW_POINTS'],
    ['k below 1', matrixFromRows([[1], [2]]), 0, 'CLUSTERING.INVALID_PARAMETER'],
    ['a fractional k', matrixFromRows([[1], [2]]), 1.5, 'CLUSTERING.INVALID_PARAMETER'],
    ['a NaN value', matrixFromRows([[1], [Number.NaN]]), 1, 'CLUSTERING.NON_FINITE_VALUE'],
    ['an infinite value', matrixFromRows([[1], [Infinity]]), 1, 'CLUSTERING.NON_FINITE_VALUE'],
  ])('rejects %s', (_, data, k, code) => {
    const thrown = catchError(() => kMeans(data, { k }));

    expect(thrown).toBeInstanceOf(ClusteringError);
    expect((thrown as ClusteringError).code).toBe(code);
  });
});

describe(kMeansPredict.name, () => {
  it('labels new points with the nearest fitted centre', () => {
    const centres = matrixFromRows([
      [0, 0],
      [10, 10],
    ]);

    const labels = kMeansPredict(
      centres,
      matrixFromRows([
        [1, 1],
        [9, 8],
        [4.9, 5],
      ]),
    );

    expect(Array.from(labels)).toEqual([0, 1, 0]);
  });

  it('rejects points with a different number of columns', () => {
    expect(() => kMeansPredict(matrixFromRows([[0, 0]]), matrixFromRows([[1]]))).toThrow(ClusteringError);
  });
});
