import { PredictionInputError } from '../linear-algebra';
import {
  agreeingDigits,
  featureMatrix,
  readFixtureCsv,
  readFixtureJson,
} from '../../test-fixtures/prediction/prediction-fixtures';
import { fitLinearRegression, solveLinearRegression } from './linear-regression';
import { LinearSufficientStatistics } from './linear-sufficient-statistics';

// NIST StRD Longley certified values: y = Employed, x1..x6 = GNP deflator, GNP, Unemployed, Armed forces, Population, Year.
const certified = {
  intercept: -3482258.63459582,
  coefficients: [
    15.0618722713733, -0.035819179292591, -2.02022980381683, -1.03322686717359, -0.0511041056535807,
    1829.15146461355,
  ],
  interceptStandardError: 890420.383607373,
  standardErrors: [
    84.9149257747669, 0.0334910077722432, 0.488399681651699, 0.214274163161675, 0.22607320006937,
    455.478499142212,
  ],
  rSquared: 0.995479004577296,
};
const featureNames = ['GNPDEFL', 'GNP', 'UNEMP', 'ARMED', 'POP', 'YEAR'];
const longley = readFixtureCsv('longley.csv');
const features = featureMatrix(longley, featureNames);
const target = longley.columns.get('TOTEMP') ?? new Float64Array();

interface LinearFixture {
  ridge: { lambda: number; intercept: number; coefficients: number[] };
}

describe(fitLinearRegression.name, () => {
  it.each(['cholesky', 'qr'] as const)(
    'reproduces every NIST Longley coefficient to 7+ digits (%s)',
    (solver) => {
      const model = fitLinearRegression(features, target, { solver });
      expect(agreeingDigits(model.intercept, certified.intercept)).toBeGreaterThanOrEqual(7);
      certified.coefficients.forEach((value, index) => {
        expect(agreeingDigits(model.coefficients[index]!, value)).toBeGreaterThanOrEqual(7);
      });
      expect(model.rSquared).toBeCloseTo(certified.rSquared, 9);
    },
  );

  it('reproduces the NIST Longley certified standard errors', () => {
    const model = fitLinearRegression(features, target);
    expect(
      agreeingDigits(model.standardErrors!.intercept, certified.interceptStandardError),
    ).toBeGreaterThanOrEqual(6);
    certified.standardErrors.forEach((value, index) => {
      expect(agreeingDigits(model.standardErrors!.coefficients[index]!, value)).toBeGreaterThanOrEqual(6);
    });
  });

  it('matches scikit-learn Ridge with an unpenalised intercept', () => {
    const { ridge } = readFixtureJson('linear-regression.json') as LinearFixture;
    for (const solver of ['cholesky', 'qr'] as const) {
      const model = fitLinearRegression(features, target, { ridge: ridge.lambda, solver });
      expect(agreeingDigits(model.intercept, ridge.intercept)).toBeGreaterThanOrEqual(7);
      ridge.coefficients.forEach((value, index) => {
        expect(agreeingDigits(model.coefficients[index]!, value)).toBeGreaterThanOrEqual(7);
      });
      expect(model.standardErrors).toBeUndefined();
    }
  });

  it('predicts the fitted values', () => {
    const model = fitLinearRegression(features, target);
    const predictions = model.predict(features);
    let residualSumOfSquares = 0;
    predictions.forEach((value, row) => (residualSumOfSquares += (target[row]! - value) ** 2));
    expect(residualSumOfSquares).toBeCloseTo(model.residualSumOfSquares, 3);
  });

  it('merges streamed batches into the same fit as one batch', () => {
    const whole = fitLinearRegression(features, target);
    const split = (from: number, to: number) =>
      LinearSufficientStatistics.fromBatch(
        { data: features.data.slice(from * 6, to * 6), rows: to - from, cols: 6 },
        target.slice(from, to),
      );
    const merged = solveLinearRegression(
      split(0, 5)
        .merge(split(5, 11))
        .add({ data: features.data.slice(66), rows: 5, cols: 6 }, target.slice(11)),
    );
    expect(agreeingDigits(merged.intercept, whole.intercept)).toBeGreaterThanOrEqual(9);
    whole.coefficients.forEach((value, index) => {
      expect(agreeingDigits(merged.coefficients[index]!, value)).toBeGreaterThanOrEqual(9);
    });
  });

  it('names a collinear column instead of returning NaN', () => {
    const data = new Float64Array(20 * 3);
    for (let row = 0; row < 20; row++) data.set([row, row * row, 2 * row + 1], row * 3);
    const collinear = { data, rows: 20, cols: 3 };
    const y = Float64Array.from({ length: 20 }, (_, row) => row * 3 + 1);
    for (const solver of ['cholesky', 'qr'] as const) {
      expect(() => fitLinearRegression(collinear, y, { solver, columnNames: ['a', 'b', 'c'] })).toThrow(
        /c .*collinear/,
      );
    }
  });

  it('names a constant column', () => {
    const data = Float64Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? index : 0.1));
    expect(() =>
      fitLinearRegression(
        { data, rows: 5, cols: 2 },
        new Float64Array(5).map((_, row) => row),
        {
          columnNames: ['x', 'flat'],
        },
      ),
    ).toThrow(/flat is constant/);
  });

  it('rejects empty and non-finite input', () => {
    expect(() =>
      fitLinearRegression({ data: new Float64Array(), rows: 0, cols: 2 }, new Float64Array()),
    ).toThrow(PredictionInputError);
    const withNaN = Float64Array.from(features.data);
    withNaN[7] = Number.NaN;
    expect(() => fitLinearRegression({ ...features, data: withNaN }, target)).toThrow(
      /non-finite value \(NaN\) at row 1, column 1/,
    );
    expect(() => fitLinearRegression(features, target, { ridge: -1 })).toThrow(/ridge/);
  });
});
