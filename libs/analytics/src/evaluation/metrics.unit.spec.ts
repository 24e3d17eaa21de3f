import { expectClose, loadStatsFixture } from '../../test-fixtures/stats/load-stats-fixture';
import { accuracy, confusionMatrix, f1Score, precision, recall } from './classification-metrics';
import {
  meanAbsoluteError,
  meanAbsolutePercentageError,
  rootMeanSquaredError,
  rSquared,
} from './regression-metrics';
import { rocAuc } from './roc-auc';

interface EvaluationFixture {
  binary: {
    actual: number[];
    predicted: number[];
    scores: number[];
    accuracy: number;
    precision: number;
    recall: number;
    f1: number;
    rocAuc: number;
  };
  multiclass: { actual: number[]; predicted: number[]; confusion: number[][] };
  regression: { actual: number[]; predicted: number[]; rmse: number; mae: number; mape: number; r2: number };
}

const { binary, multiclass, regression } = loadStatsFixture('evaluation.json') as EvaluationFixture;

describe('classification metrics', () => {
  it('match sklearn accuracy, precision, recall and F1', () => {
    expectClose(accuracy(binary.actual, binary.predicted), binary.accuracy, 1e-15);
    expectClose(precision(binary.actual, binary.predicted), binary.precision, 1e-15);
    expectClose(recall(binary.actual, binary.predicted), binary.recall, 1e-15);
    expectClose(f1Score(binary.actual, binary.predicted), binary.f1, 1e-15);
  });

  it('match sklearn confusion_matrix (rows actual, columns predicted)', () => {
    const result = confusionMatrix(multiclass.actual, multiclass.predicted);
    expect(result.labels).toEqual([0, 1, 2]);
    expect(result.counts).toEqual(multiclass.confusion);
  });

  it('treat string labels and a chosen positive label', () => {
    const actual = ['churn', 'stay', 'churn', 'stay'];
    const predicted = ['churn', 'churn', 'stay', 'stay'];
    expect(precision(actual, predicted, { positive: 'churn' })).toBe(0.5);
    expect(confusionMatrix(actual, predicted).labels).toEqual(['churn', 'stay']);
  });

  it('give 0 rather than NaN when no row is predicted or actually positive', () => {
    expect(precision([0, 1], [0, 0])).toBe(0);
    expect(recall([0, 0], [0, 1])).toBe(0);
    expect(f1Score([0, 0], [0, 0])).toBe(0);
  });
});

describe(rocAuc.name, () => {
  it('matches sklearn roc_auc_score on scores with many ties', () => {
    expectClose(rocAuc(binary.actual, binary.scores), binary.rocAuc, 1e-14);
  });

  it('counts a tie between a positive and a negative as one half', () => {
    expect(rocAuc([0, 1], [0.5, 0.5])).toBe(0.5);
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBe(0.75);
  });

  it('refuses a single class', () => {
    expect(() => rocAuc([1, 1], [0.2, 0.3])).toThrow('only one class is present');
  });
});

describe('regression metrics', () => {
  it('match sklearn RMSE, MAE, MAPE and R²', () => {
    const { actual, predicted } = regression;
    expectClose(rootMeanSquaredError(actual, predicted), regression.rmse, 1e-13);
    expectClose(meanAbsoluteError(actual, predicted), regression.mae, 1e-13);
    expectClose(meanAbsolutePercentageError(actual, predicted), regression.mape, 1e-13);
    expectClose(rSquared(actual, predicted), regression.r2, 1e-13);
  });

  it('rejects a zero actual in MAPE unless told to skip it', () => {
    expect(() => meanAbsolutePercentageError([0, 2], [1, 1])).toThrow('actual value at row 0 is zero');
    expect(meanAbsolutePercentageError([0, 2], [1, 1], { zeroActuals: 'skip' })).toBe(0.5);
    expect(() => meanAbsolutePercentageError([0], [1], { zeroActuals: 'skip' })).toThrow(
      'every actual value is zero',
    );
  });

  it('scores a constant target as sklearn force_finite does', () => {
    expect(rSquared([3, 3], [3, 3])).toBe(1);
    expect(rSquared([3, 3], [2, 3])).toBe(0);
  });

  it('rejects inputs of different lengths and empty inputs', () => {
    expect(() => rootMeanSquaredError([1, 2], [1])).toThrow(RangeError);
    expect(() => meanAbsoluteError([], [])).toThrow('no predictions');
  });
});
