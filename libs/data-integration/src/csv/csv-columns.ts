import { CsvFileError } from './csv-table';

/** The columns an entity's file has: those it must have and those it may have. */
export interface ColumnSpec {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

/** Refuses a header that lacks a required column, repeats one, or names one the entity does not have. */
export function checkColumns(columns: readonly string[], spec: ColumnSpec, entity: string): void {
  const known = new Set([...spec.required, ...spec.optional]);
  const problems = [
    ...spec.required
      .filter((name) => !columns.includes(name))
      .map((name) => ({ field: name, message: `The ${entity} file needs a ${name} column` })),
    ...columns
      .filter((name) => !known.has(name))
      .map((name) => ({
        field: name,
        message: `${name} is not a column of the ${entity} file (known: ${[...known].join(', ')})`,
      })),
    ...columns
      .filter((name, index) => columns.indexOf(name) !== index)
      .map((name) => ({ field: name, message: `Column ${name} appears more than once` })),
  ];
  if (problems.length > 0) throw new CsvFileError(`The header of the ${entity} file is not valid`, problems);
}
