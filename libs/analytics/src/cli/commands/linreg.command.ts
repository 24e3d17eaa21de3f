import { fitLinearRegression } from '../../regression';
import { type CliCommand } from '../cli-command';
import { asUsageError, namedCoefficients, numberOption, readSupervisedCsv } from './linreg-logreg-svm-input';

/** `linreg`: OLS or ridge on a numeric CSV. */
export const linregCommand: CliCommand = {
  name: 'linreg',
  summary: 'Linear regression (OLS, or ridge with --ridge) of --target on every other column',
  options: {
    input: { type: 'string', description: 'numeric CSV with a header row' },
    target: { type: 'string', description: 'name of the column to predict' },
    ridge: { type: 'string', description: 'ridge penalty lambda (default 0: ordinary least squares)' },
  },
  run(options) {
    const { featureNames, features, target } = readSupervisedCsv(options);
    const ridge = numberOption(options, 'ridge', 0);
    const model = asUsageError(() =>
      fitLinearRegression(features, target, { ridge, columnNames: featureNames }),
    );
    return {
      model: ridge > 0 ? 'ridge' : 'ols',
      ridge,
      rows: model.count,
      intercept: model.intercept,
      coefficients: namedCoefficients(featureNames, model.coefficients),
      rSquared: model.rSquared,
      residualSumOfSquares: model.residualSumOfSquares,
      standardErrors:
        model.standardErrors === undefined
          ? null
          : {
              intercept: model.standardErrors.intercept,
              coefficients: namedCoefficients(featureNames, model.standardErrors.coefficients),
            },
    };
  },
};
