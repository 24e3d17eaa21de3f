import { type NumericMatrix } from '../descriptive/numeric-matrix';
import { crossValidate } from './cross-validate';
import { kFold } from './k-fold';
import { rootMeanSquaredError } from './regression-metrics';
import { trainTestSplit } from './split';

const labels = Array.from({ length: 40 }, (_, row) => (row % 4 === 0 ? 'churn' : 'stay'));

describe(trainTestSplit.name, () => {
  it('partitions the rows, rounding the test share up as sklearn', () => {
    const { trainIndices, testIndices } = trainTestSplit(10, { testSize: 0.25, seed: 7 });
    expect(testIndices.length).toBe(3);
    expect([...trainIndices, ...testIndices].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('is reproducible for a seed and differs across seeds', () => {
    const first = trainTestSplit(50, { seed: 1 });
    expect(trainTestSplit(50, { seed: 1 })).toEqual(first);
    expect(trainTestSplit(50, { seed: 2 }).testIndices).not.toEqual(first.testIndices);
  });

  it('keeps class shares when stratified', () => {
    const { testIndices } = trainTestSplit(40, { testSize: 0.2, seed: 3, stratify: labels });
    const churnInTest = Array.from(testIndices).filter((row) => labels[row] === 'churn').length;
    expect([testIndices.length, churnInTest]).toEqual([8, 2]);
  });

  it('rejects a test size that leaves one side empty', () => {
    expect(() => trainTestSplit(5, { testSize: 5 })).toThrow(RangeError);
  });
});

describe(kFold.name, () => {
  it('puts every row in exactly one test fold, sizes within one of each other', () => {
    const folds = kFold(23, { folds: 5, seed: 11 });
    const tested = folds.flatMap((fold) => Array.from(fold.testIndices)).sort((a, b) => a - b);
    expect(tested).toEqual(Array.from({ length: 23 }, (_, row) => row));
    expect(folds.map((fold) => fold.testIndices.length)).toEqual([5, 5, 5, 4, 4]);
    folds.forEach((fold) => {
      expect(fold.trainIndices.length + fold.testIndices.length).toBe(23);
    });
  });

  it('makes contiguous blocks without shuffling, as sklearn KFold', () => {
    expect(Array.from(kFold(6, { folds: 3, shuffle: false })[1]?.testIndices ?? [])).toEqual([2, 3]);
  });

  it('gives every stratified fold the same class mix', () => {
    const folds = kFold(40, { folds: 5, seed: 5, stratify: labels });
    for (const fold of folds) {
      expect(Array.from(fold.testIndices).filter((row) => labels[row] === 'churn').length).toBe(2);
    }
  });

  it('rejects more folds than rows', () => {
    expect(() => kFold(3, { folds: 4 })).toThrow('cannot make 4 folds from 3 rows');
  });
});

describe(crossValidate.name, () => {
  it('predicts every row with a model that never saw it', () => {
    const features: NumericMatrix = {
      data: Float64Array.from({ length: 12 }, (_, row) => row),
      rows: 12,
      cols: 1,
    };
    const target = Float64Array.from({ length: 12 }, (_, row) => 2 * row + 1);
    const result = crossValidate(
      (_features, trainTarget) => trainTarget.reduce((total, value) => total + value, 0) / trainTarget.length,
      (mean, testFeatures) => new Float64Array(testFeatures.rows).fill(mean),
      features,
      target,
      kFold(12, { folds: 3, seed: 2 }),
      rootMeanSquaredError,
    );
    expect(result.outOfFoldPredictions.some(Number.isNaN)).toBe(false);
    expect(result.foldScores).toHaveLength(3);
    expect(result.meanScore).toBeGreaterThan(0);
    // The held-out row is never part of its own mean, so no prediction equals the full-sample mean of 12.
    expect(Array.from(result.outOfFoldPredictions)).not.toContain(12);
  });
});
