import { SeededRandom } from '../random/seeded-random';
import { ClusteringError } from './clustering-error';
import { matrixFromRows, matrixToRows, type Matrix } from './matrix';
import { MiniBatchKMeans } from './mini-batch-kmeans';

const groupCentres = [
  [0, 0],
  [20, 0],
  [0, 20],
];

function batchAround(size: number, random: SeededRandom): Matrix {
  return matrixFromRows(
    Array.from({ length: size }, (_, index) => {
      const [x, y] = groupCentres[index % groupCentres.length]!;
      return [x! + random.nextGaussian(), y! + random.nextGaussian()];
    }),
  );
}

describe(MiniBatchKMeans.name, () => {
  it('converges on the group centres over a stream of batches', () => {
    const model = new MiniBatchKMeans({ k: 3, seed: 4, batchSize: 60 });
    const random = new SeededRandom(9);

    for (let step = 0; step < 30; step++) model.partialFit(batchAround(60, random));

    const found = matrixToRows(model.centres).sort(
      (left, right) => left[0]! + 2 * left[1]! - (right[0]! + 2 * right[1]!),
    );
    found.forEach((centre, index) => {
      expect(
        Math.hypot(centre[0]! - groupCentres[index]![0]!, centre[1]! - groupCentres[index]![1]!),
      ).toBeLessThan(0.5);
    });
    expect(model.steps).toBe(30);
  });

  it('counts every absorbed point when no centre is reassigned', () => {
    const model = new MiniBatchKMeans({ k: 3, seed: 1, reassignmentRatio: 0 });
    const random = new SeededRandom(2);

    model.partialFit(batchAround(90, random));
    model.partialFit(batchAround(45, random));

    expect(Array.from(model.counts).sort()).toEqual([45, 45, 45]);
  });

  it('moves a centre to the running mean of the points it absorbed', () => {
    const model = new MiniBatchKMeans({ k: 2, reassignmentRatio: 0 });

    model.partialFit(matrixFromRows([[0], [10]]));
    model.partialFit(matrixFromRows([[2], [3]]));

    const [low, high] = matrixToRows(model.centres)
      .map(([value]) => value!)
      .sort((a, b) => a - b);
    expect(low).toBeCloseTo(5 / 3, 15);
    expect(high).toBe(10);
    expect(Array.from(model.predict(matrixFromRows([[1], [9]])))).toEqual(
      Array.from(model.predict(matrixFromRows([[0], [10]]))),
    );
  });

  it('re-seeds a centre left far behind once 10 × k points have streamed past', () => {
    const model = new MiniBatchKMeans({ k: 2, seed: 3, batchSize: 2, reassignmentRatio: 0.1 });
    model.partialFit(matrixFromRows([[0], [100]]));
    const nearby = matrixFromRows([[1], [2], [3], [4]]);

    for (let step = 0; step < 8; step++) model.partialFit(nearby);
    const beforeReassignment = matrixToRows(model.centres).map(([value]) => value);
    model.partialFit(nearby);

    expect(beforeReassignment).toContain(100);
    expect(matrixToRows(model.centres).every(([value]) => value! <= 4)).toBe(true);
  });

  it('rejects a first batch with fewer rows than k', () => {
    expect(() => new MiniBatchKMeans({ k: 3 }).partialFit(matrixFromRows([[1], [2]]))).toThrow(
      ClusteringError,
    );
  });

  it('rejects a batch whose width differs from the first', () => {
    const model = new MiniBatchKMeans({ k: 1 });
    model.partialFit(matrixFromRows([[1, 2]]));

    expect(() => model.partialFit(matrixFromRows([[1]]))).toThrow(ClusteringError);
  });

  it('refuses to predict before any batch', () => {
    expect(() => new MiniBatchKMeans({ k: 2 }).predict(matrixFromRows([[1]]))).toThrow(ClusteringError);
  });
});
