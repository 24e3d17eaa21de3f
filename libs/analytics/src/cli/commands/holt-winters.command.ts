import { fitHoltWinters } from '../../forecasting';
import { type CliCommand, CliUsageError } from '../cli-command';
import { readNumericCsv } from '../numeric-csv';
import { asUsageError, numberOption, requiredString } from './linreg-logreg-svm-input';

/** `holt-winters`: fits Holt-Winters by SSE as R's HoltWinters and forecasts with intervals. */
export const holtWintersCommand: CliCommand = {
  name: 'holt-winters',
  summary:
    'Holt-Winters seasonal smoothing fitted by SSE (R parity), with forecasts and prediction intervals',
  options: {
    input: {
      type: 'string',
      description: 'CSV with a header row; one value column, or name it with --column',
    },
    column: { type: 'string', description: 'name of the value column (needed when the CSV has several)' },
    period: { type: 'string', description: 'season length, e.g. 12 for monthly data' },
    horizon: { type: 'string', description: 'steps to forecast (default one period)' },
    seasonal: { type: 'string', description: 'add (default) or mul' },
    damped: { type: 'boolean', description: 'fit a damped trend' },
    level: { type: 'string', description: 'prediction interval level (default 0.95)' },
  },
  run(options) {
    const input = requiredString(options, 'input');
    const column = options['column'];
    const { header, matrix } = readNumericCsv(input, typeof column === 'string' ? { columns: [column] } : {});
    if (matrix.cols !== 1) {
      throw new CliUsageError(
        `${input} has ${matrix.cols} columns (${header.join(', ')}): choose one with --column`,
      );
    }
    const period = numberOption(options, 'period', Number.NaN);
    if (!Number.isInteger(period)) throw new CliUsageError('--period is required and must be an integer');
    const horizon = numberOption(options, 'horizon', period);
    const level = numberOption(options, 'level', 0.95);
    const seasonal = seasonalForm(options['seasonal']);
    const model = asUsageError(() =>
      fitHoltWinters(matrix.data, { period, seasonal, damped: options['damped'] === true }),
    );
    const forecast = asUsageError(() => model.forecast(horizon, level));
    return {
      model: 'holt-winters',
      column: header[0],
      seasonal,
      period,
      parameters: model.parameters,
      sse: model.sse,
      state: { level: model.state.level, trend: model.state.trend, season: Array.from(model.state.season) },
      forecast: {
        level,
        mean: Array.from(forecast.mean),
        lower: Array.from(forecast.lower),
        upper: Array.from(forecast.upper),
      },
    };
  },
};

function seasonalForm(value: string | boolean | undefined): 'additive' | 'multiplicative' {
  if (value === undefined || value === 'add' || value === 'additive') return 'additive';
  if (value === 'mul' || value === 'multiplicative') return 'multiplicative';
  throw new CliUsageError(`--seasonal must be add or mul, got ${String(value)}`);
}
