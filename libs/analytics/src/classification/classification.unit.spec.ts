import { PredictionInputError } from '../linear-algebra';
import {
  featureMatrix,
  readFixtureCsv,
  readFixtureJson,
  selectRows,
  standardised,
} from '../../test-fixtures/prediction/prediction-fixtures';
import { fitLinearSvm } from './linear-svm';
import { fitLogisticRegression } from './logistic-regression';

interface ClassifierFixture {
  logistic: { C: number; intercept: number; coefficients: number[]; probabilities: number[] };
  svm: {
    C: number;
    train: number[];
    test: number[];
    intercept: number;
    coefficients: number[];
    testPredictions: number[];
    testDecisions: number[];
  };
}

const reference = readFixtureJson('classification.json') as Record<
  'breastCancer' | 'irisBinary',
  ClassifierFixture
>;
const datasets = [
  ['breastCancer', 'breast-cancer.csv'],
  ['irisBinary', 'iris-binary.csv'],
] as const;

function load(file: string) {
  const table = readFixtureCsv(file);
  const names = table.header.filter((name) => name !== 'target');
  return { features: standardised(featureMatrix(table, names)), labels: table.columns.get('target')! };
}

describe(fitLogisticRegression.name, () => {
  it.each(datasets)('matches scikit-learn coefficients within 1e-4 on %s', (name, file) => {
    const { features, labels } = load(file);
    const expected = reference[name].logistic;
    const model = fitLogisticRegression(features, labels, { C: expected.C });
    expect(Math.abs(model.intercept - expected.intercept)).toBeLessThan(1e-4);
    expected.coefficients.forEach((value, index) => {
      expect(Math.abs(model.coefficients[index]! - value)).toBeLessThan(1e-4);
    });
    const probabilities = model.predictProba(features);
    expected.probabilities.forEach((value, row) => {
      expect(Math.abs(probabilities[row]! - value)).toBeLessThan(1e-6);
    });
    const predictions = model.predict(features);
    expect(Array.from(predictions)).toEqual(expected.probabilities.map((value) => (value > 0.5 ? 1 : 0)));
  });

  it('rejects a target with one class only', () => {
    const { features } = load('iris-binary.csv');
    expect(() => fitLogisticRegression(features, new Float64Array(features.rows).fill(1))).toThrow(
      /one class only/,
    );
  });

  it('rejects labels other than 0 and 1, empty and non-finite input, and a bad C', () => {
    const { features, labels } = load('iris-binary.csv');
    expect(() =>
      fitLogisticRegression(
        features,
        labels.map((label) => label * 2),
      ),
    ).toThrow(/0 or 1/);
    expect(() =>
      fitLogisticRegression({ data: new Float64Array(), rows: 0, cols: 4 }, new Float64Array()),
    ).toThrow(PredictionInputError);
    const withInfinity = Float64Array.from(features.data);
    withInfinity[0] = Number.POSITIVE_INFINITY;
    expect(() => fitLogisticRegression({ ...features, data: withInfinity }, labels)).toThrow(/non-finite/);
    expect(() => fitLogisticRegression(features, labels, { C: 0 })).toThrow(/C must be/);
  });
});

describe(fitLinearSvm.name, () => {
  it.each(datasets)('gives the same test-set decisions as scikit-learn LinearSVC on %s', (name, file) => {
    const { features, labels } = load(file);
    const expected = reference[name].svm;
    const train = selectRows(features, expected.train);
    const model = fitLinearSvm(
      train,
      Float64Array.from(expected.train, (row) => labels[row]!),
      { C: expected.C },
    );
    const test = selectRows(features, expected.test);
    expect(Array.from(model.predict(test))).toEqual(expected.testPredictions);
    const decisions = model.decisionFunction(test);
    expected.testDecisions.forEach((value, row) => {
      expect(Math.abs(decisions[row]! - value)).toBeLessThan(1e-6);
    });
    expect(Math.abs(model.intercept - expected.intercept)).toBeLessThan(1e-6);
    expected.coefficients.forEach((value, index) => {
      expect(Math.abs(model.coefficients[index]! - value)).toBeLessThan(1e-6);
    });
  });

  it('rejects a target with one class only', () => {
    const { features } = load('iris-binary.csv');
    expect(() => fitLinearSvm(features, new Float64Array(features.rows))).toThrow(/one class only/);
  });
});
