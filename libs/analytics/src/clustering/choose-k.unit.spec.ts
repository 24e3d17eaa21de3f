import { SeededRandom } from '../random/seeded-random';
import { chooseK } from './choose-k';
import { ClusteringError } from './clustering-error';
import { matrixFromRows, type Matrix } from './matrix';

function fourTightGroups(): Matrix {
  const random = new SeededRandom(5);
  const centres = [
    [0, 0],
    [10, 0],
    [0, 10],
    [10, 10],
  ];
  const rows = Array.from({ length: 80 }, (_, index) => {
    const [x, y] = centres[index % 4]!;
    return [x! + random.nextGaussian() * 0.3, y! + random.nextGaussian() * 0.3];
  });
  return matrixFromRows(rows);
}

describe(chooseK.name, () => {
  it('picks the number of well separated groups', () => {
    const result = chooseK(fourTightGroups(), { kMin: 2, kMax: 6, nInit: 3 });

    expect(result.bestK).toBe(4);
    expect(result.candidates.map((candidate) => candidate.k)).toEqual([2, 3, 4, 5, 6]);
  });

  it('rejects kMin below 2', () => {
    expect(() => chooseK(fourTightGroups(), { kMin: 1, kMax: 3 })).toThrow(ClusteringError);
  });

  it('rejects kMax not smaller than the number of rows', () => {
    expect(() => chooseK(matrixFromRows([[1], [2], [3]]), { kMin: 2, kMax: 3 })).toThrow(ClusteringError);
  });
});
