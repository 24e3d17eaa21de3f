import { assertFiniteValues, assertMinimumCount } from '../descriptive/finite-values';
import { centred, correlationOfCentred } from './pearson';
import { averageRanks } from './ranks';

export type CorrelationMethod = 'pearson' | 'spearman';

/**
 * Pairwise correlations of equally long columns. Entry [i][j] is null when column i or j is constant
 * (including the diagonal), where pandas would put NaN.
 */
export function correlationMatrix(
  columns: readonly Float64Array[],
  method: CorrelationMethod = 'pearson',
): (number | null)[][] {
  const rows = columns[0]?.length ?? 0;
  columns.forEach((column, index) => {
    if (column.length !== rows)
      throw new RangeError(`column ${index} has ${column.length} rows, expected ${rows}`);
    assertMinimumCount(column, 2, `column ${index}`);
    assertFiniteValues(column, `column ${index}`);
  });
  const prepared = columns.map((column) => centred(method === 'spearman' ? averageRanks(column) : column));
  const matrix: (number | null)[][] = [];
  prepared.forEach((left, i) => {
    const row = prepared.map((right, j) => {
      if (j < i) return matrix[j]?.[i] ?? null;
      if (j === i) return left.sumOfSquares === 0 ? null : 1;
      return correlationOfCentred(left, right);
    });
    matrix.push(row);
  });
  return matrix;
}
