import { catchError } from '../../test-fixtures/clustering/catch-error';
import { loadClusteringGolden } from '../../test-fixtures/clustering/golden';
import { ClusteringError } from './clustering-error';
import { dbscan } from './dbscan';
import { matrixFromRows } from './matrix';

const golden = loadClusteringGolden();

function cases(name: string, rows: number[][], list: typeof golden.dbscanBlobs) {
  return list.map((example) => ({ name, data: matrixFromRows(rows), ...example }));
}

describe(dbscan.name, () => {
  it.each([
    ...cases('blobs with noise', golden.blobs, golden.dbscanBlobs),
    ...cases('standardised iris', golden.irisStandardised, golden.dbscanIrisStandardised),
  ])(
    'matches sklearn on $name with eps $eps, min points $minSamples',
    ({ data, eps, minSamples, labels, coreSampleIndices }) => {
      const result = dbscan(data, { eps, minPoints: minSamples });

      expect(Array.from(result.coreSampleIndices)).toEqual(coreSampleIndices);
      expect(Array.from(result.labels)).toEqual(labels);
      expect(result.clusterCount).toBe(Math.max(...labels) + 1);
      expect(result.noiseCount).toBe(labels.filter((label) => label === -1).length);
    },
  );

  it('counts a point itself towards min points', () => {
    const pair = matrixFromRows([[0], [1], [10]]);

    const result = dbscan(pair, { eps: 1, minPoints: 2 });

    expect(Array.from(result.labels)).toEqual([0, 0, -1]);
    expect(Array.from(result.coreSampleIndices)).toEqual([0, 1]);
  });

  it('treats a neighbour at exactly eps as inside', () => {
    const result = dbscan(
      matrixFromRows([
        [0, 0],
        [3, 4],
      ]),
      { eps: 5, minPoints: 2 },
    );

    expect(Array.from(result.labels)).toEqual([0, 0]);
  });

  it('gives a border point to the first cluster that reaches it', () => {
    // Row 3 (1.3) borders the group around 0 and the group around 2.4; row 0 starts the first.
    const data = matrixFromRows([[0], [0.1], [2.2], [1.3], [2.4], [2.5], [2.6], [0.2], [0.4]]);

    const result = dbscan(data, { eps: 1, minPoints: 4 });

    expect(Array.from(result.coreSampleIndices)).toEqual([0, 1, 2, 4, 5, 6, 7, 8]);
    expect(Array.from(result.labels)).toEqual([0, 0, 1, 0, 1, 1, 1, 0, 0]);
  });

  it('labels everything noise when no point is core', () => {
    const result = dbscan(matrixFromRows([[0], [5], [10]]), { eps: 1, minPoints: 2 });

    expect(result.noiseCount).toBe(3);
    expect(result.clusterCount).toBe(0);
  });

  it.each([
    ['eps of zero', matrixFromRows([[1]]), { eps: 0, minPoints: 1 }, 'CLUSTERING.INVALID_PARAMETER'],
    ['negative eps', matrixFromRows([[1]]), { eps: -1, minPoints: 1 }, 'CLUSTERING.INVALID_PARAMETER'],
    ['min points below 1', matrixFromRows([[1]]), { eps: 1, minPoints: 0 }, 'CLUSTERING.INVALID_PARAMETER'],
    [
      'empty input',
      { data: new Float64Array(0), rows: 0, cols: 3 },
      { eps: 1, minPoints: 1 },
      'CLUSTERING.EMPTY_INPUT',
    ],
    ['a NaN value', matrixFromRows([[Number.NaN]]), { eps: 1, minPoints: 1 }, 'CLUSTERING.NON_FINITE_VALUE'],
  ])('rejects %s', (_, data, options, code) => {
    const thrown = catchError(() => dbscan(data, options));

    expect(thrown).toBeInstanceOf(ClusteringError);
    expect((thrown as ClusteringError).code).toBe(code);
  });
});
