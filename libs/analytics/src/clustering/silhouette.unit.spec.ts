import { loadClusteringGolden, loadIrisFeatures } from '../../test-fixtures/clustering/golden';
import { ClusteringError } from './clustering-error';
import { matrixFromRows } from './matrix';
import { silhouetteSamples, silhouetteScore } from './silhouette';

const golden = loadClusteringGolden();

describe(silhouetteScore.name, () => {
  it.each([
    ['iris with its best k-means labels', loadIrisFeatures(), golden.silhouette.irisKMeans],
    [
      'blobs with DBSCAN labels, noise as a label',
      matrixFromRows(golden.blobs),
      golden.silhouette.blobsDbscan,
    ],
  ])('equals sklearn to 1e-9 on %s', (_, data, expected) => {
    const score = silhouetteScore(data, expected.labels);

    expect(Math.abs(score - expected.exactDistances)).toBeLessThan(1e-12);
    expect(Math.abs(score - expected.sklearn)).toBeLessThan(1e-9);
  });

  it('estimates the score from a seeded sample', () => {
    const data = matrixFromRows(golden.blobs);
    const labels = golden.silhouette.blobsDbscan.labels;

    const sampled = silhouetteScore(data, labels, { sampleSize: 200, seed: 3 });

    expect(sampled).toBe(silhouetteScore(data, labels, { sampleSize: 200, seed: 3 }));
    expect(sampled).not.toBe(golden.silhouette.blobsDbscan.exactDistances);
    expect(Math.abs(sampled - golden.silhouette.blobsDbscan.exactDistances)).toBeLessThan(0.05);
  });

  it('rejects a single cluster', () => {
    expect(() => silhouetteScore(matrixFromRows([[1], [2], [3]]), [0, 0, 0])).toThrow(ClusteringError);
  });

  it('rejects one cluster per row', () => {
    expect(() => silhouetteScore(matrixFromRows([[1], [2], [3]]), [0, 1, 2])).toThrow(ClusteringError);
  });

  it('rejects a label count that differs from the row count', () => {
    expect(() => silhouetteScore(matrixFromRows([[1], [2], [3]]), [0, 1])).toThrow(ClusteringError);
  });
});

describe(silhouetteSamples.name, () => {
  it('scores a row alone in its cluster as 0 and others by (b - a) / max(a, b)', () => {
    const scores = silhouetteSamples(matrixFromRows([[0], [1], [5]]), [0, 0, 1]);

    expect(Array.from(scores)).toEqual([(5 - 1) / 5, (4 - 1) / 4, 0]);
  });
});
