import { fitLogisticRegression } from '../../classification';
import { type CliCommand } from '../cli-command';
import { asUsageError, namedCoefficients, numberOption, readSupervisedCsv } from './linreg-logreg-svm-input';

/** `logreg`: binary logistic regression with scikit-learn's objective. */
export const logregCommand: CliCommand = {
  name: 'logreg',
  summary: 'Binary logistic regression (L2, unpenalised intercept) of a 0/1 --target on every other column',
  options: {
    input: { type: 'string', description: 'numeric CSV with a header row' },
    target: { type: 'string', description: 'name of the 0/1 column to predict' },
    C: { type: 'string', description: 'inverse regularisation strength (default 1, as scikit-learn)' },
  },
  run(options) {
    const { featureNames, features, target } = readSupervisedCsv(options);
    const c = numberOption(options, 'C', 1);
    const model = asUsageError(() => fitLogisticRegression(features, target, { C: c }));
    const predictions = model.predict(features);
    const correct = predictions.reduce((count, label, row) => count + (label === target[row] ? 1 : 0), 0);
    return {
      model: 'logistic-regression',
      C: c,
      rows: features.rows,
      intercept: model.intercept,
      coefficients: namedCoefficients(featureNames, model.coefficients),
      iterations: model.iterations,
      trainingAccuracy: correct / features.rows,
    };
  },
};
