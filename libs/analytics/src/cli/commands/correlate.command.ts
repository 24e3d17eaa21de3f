import { correlationMatrix } from '../../correlation/correlation-matrix';
import { matrixColumns } from '../../descriptive/numeric-matrix';
import { type CliCommand } from '../cli-command';
import { readNumericCsv } from '../numeric-csv';
import { optionalChoice, optionalList, requiredString } from '../options';

export const correlateCommand: CliCommand = {
  name: 'correlate',
  summary: 'Pearson or Spearman correlation matrix of the columns of a numeric CSV',
  options: {
    input: { type: 'string', description: 'CSV file with a header row and numeric cells (required)' },
    columns: { type: 'string', description: 'Comma-separated column names (default: all)' },
    method: { type: 'string', description: 'pearson (default) or spearman' },
  },
  run(options) {
    const input = requiredString(options, 'input');
    const method = optionalChoice(options, 'method', ['pearson', 'spearman']);
    const { header, matrix } = readNumericCsv(input, { columns: optionalList(options, 'columns') });
    const correlations = correlationMatrix(matrixColumns(matrix), method);
    // A constant column has no correlation with anything: its row and column are null.
    const constantColumns = header.filter((_, index) => correlations[index]?.[index] === null);
    return { input, rows: matrix.rows, method, columns: header, matrix: correlations, constantColumns };
  },
};
