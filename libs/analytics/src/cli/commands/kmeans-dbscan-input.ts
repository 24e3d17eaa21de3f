import { StandardScaler } from '../../cleaning';
import { ClusteringError, type Matrix } from '../../clustering';
import { CliUsageError } from '../cli-command';
import { readNumericCsv } from '../numeric-csv';
import { optionalList, requiredString, type CliOptionValues } from '../options';

export interface ClusteringInput {
  readonly header: string[];
  readonly matrix: Matrix;
  /** Present when --standardize was given: maps results back to input units. */
  readonly scaler: StandardScaler | undefined;
}

export const inputOptions = {
  input: { type: 'string', description: 'numeric CSV with a header row' },
  columns: { type: 'string', description: 'comma-separated columns to use (default: all)' },
  standardize: {
    type: 'boolean',
    description: 'z-score each column first (population σ, as StandardScaler)',
  },
} as const;

/** Reads --input (optionally --columns) and z-scores it when --standardize is set. */
export function readClusteringInput(options: CliOptionValues): ClusteringInput {
  const columns = optionalList(options, 'columns');
  const { header, matrix } = readNumericCsv(
    requiredString(options, 'input'),
    columns === undefined ? {} : { columns },
  );
  if (options['standardize'] !== true) return { header, matrix, scaler: undefined };
  const scaler = new StandardScaler().fit(matrix);
  return { header, matrix: scaler.transform(matrix), scaler };
}

/** Runs a clustering call, turning its input errors into usage errors (exit code 2, no stack). */
export function asClusteringUsageError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ClusteringError) throw new CliUsageError(error.message);
    throw error;
  }
}

export function clusterSizes(labels: Int32Array, clusterCount: number): number[] {
  const sizes = new Array<number>(clusterCount).fill(0);
  for (const label of labels) if (label >= 0) (sizes[label] as number) += 1;
  return sizes;
}
