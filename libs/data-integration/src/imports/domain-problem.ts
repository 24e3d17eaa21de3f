import { DomainError } from '@crm/core';
import type { RowProblem } from '../csv/csv-table';

/**
 * The row problem of a refused command: the first field the domain names, translated to the file's
 * column by `columnOf`, its message and the rule's stable code. Anything but a DomainError is a fault
 * of ours and propagates (the job fails rather than blaming the row).
 */
export function problemOfDomainError(
  error: unknown,
  row: number,
  columnOf: (field: string) => { readonly row: number; readonly column: string } = (field) => ({
    row,
    column: field,
  }),
): RowProblem {
  if (!(error instanceof DomainError)) throw error;
  const [first] = error.fields;
  if (first === undefined) return { row, message: error.message, code: error.code };
  const located = columnOf(first.field);
  return { row: located.row, field: located.column, message: first.message, code: error.code };
}
