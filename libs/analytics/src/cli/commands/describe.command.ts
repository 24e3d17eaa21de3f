import { histogram } from '../../descriptive/histogram';
import { matrixColumns } from '../../descriptive/numeric-matrix';
import { describeValues } from '../../descriptive/summary';
import { type CliCommand } from '../cli-command';
import { readNumericCsv } from '../numeric-csv';
import { optionalInteger, optionalList, requiredString } from '../options';

export const describeCommand: CliCommand = {
  name: 'describe',
  summary: 'Per-column count, mean, sd, variance, min, quartiles, max and skewness of a numeric CSV',
  options: {
    input: { type: 'string', description: 'CSV file with a header row and numeric cells (required)' },
    columns: { type: 'string', description: 'Comma-separated column names to describe (default: all)' },
    bins: { type: 'string', description: 'Also give an equal-width histogram with this many bins' },
  },
  run(options) {
    const input = requiredString(options, 'input');
    const bins = options['bins'] === undefined ? null : optionalInteger(options, 'bins', 10);
    const { header, matrix } = readNumericCsv(input, { columns: optionalList(options, 'columns') });
    const columns = matrixColumns(matrix).map((values, index) => ({
      name: header[index],
      ...describeValues(values),
      ...(bins === null ? {} : { histogram: histogram(values, { count: bins }) }),
    }));
    return { input, rows: matrix.rows, columns };
  },
};
