import { SeededRandom } from '../random/seeded-random';
import { type Labels, rowsByLabel, sortedUniqueLabels } from './labels';

export interface Fold {
  /** Row indices, ascending. */
  readonly trainIndices: Uint32Array;
  readonly testIndices: Uint32Array;
}

export interface KFoldOptions {
  /** Number of folds, at least 2. Default 5. */
  readonly folds?: number;
  /** Shuffle rows (seeded) before dealing them into folds. Default true. */
  readonly shuffle?: boolean;
  readonly seed?: number;
  /** Labels per row: every fold gets each class in (nearly) the same share. */
  readonly stratify?: Labels;
}

/**
 * K-fold cross-validation indices: every row is in exactly one test fold. Plain folds are contiguous
 * blocks of the (shuffled) order with sizes differing by at most one, as sklearn's KFold; stratified
 * folds deal each class's rows round-robin over the folds.
 */
export function kFold(rowCount: number, options: KFoldOptions = {}): Fold[] {
  const folds = options.folds ?? 5;
  if (!Number.isInteger(folds) || folds < 2)
    throw new RangeError(`k-fold needs at least 2 folds, got ${folds}`);
  if (!Number.isInteger(rowCount) || rowCount < folds) {
    throw new RangeError(`cannot make ${folds} folds from ${rowCount} rows`);
  }
  const random = new SeededRandom(options.seed ?? 0);
  const shuffle = options.shuffle ?? true;
  const foldOfRow = new Uint32Array(rowCount);
  if (options.stratify === undefined) {
    const order = shuffle
      ? random.permutation(rowCount)
      : Uint32Array.from({ length: rowCount }, (_, row) => row);
    let position = 0;
    for (let fold = 0; fold < folds; fold++) {
      const size = Math.floor(rowCount / folds) + (fold < rowCount % folds ? 1 : 0);
      for (let taken = 0; taken < size; taken++) foldOfRow[order[position++] as number] = fold;
    }
  } else {
    if (options.stratify.length !== rowCount) {
      throw new RangeError(`stratify has ${options.stratify.length} labels for ${rowCount} rows`);
    }
    const groups = rowsByLabel(options.stratify);
    let dealt = 0;
    for (const label of sortedUniqueLabels(options.stratify)) {
      const rows = groups.get(label) ?? [];
      const order = shuffle ? random.permutation(rows.length) : Uint32Array.from(rows.keys());
      // Continuing the deal across classes keeps the fold sizes within one of each other.
      for (const position of order) foldOfRow[rows[position] as number] = dealt++ % folds;
    }
  }
  return Array.from({ length: folds }, (_, fold) => foldIndices(foldOfRow, fold));
}

function foldIndices(foldOfRow: Uint32Array, fold: number): Fold {
  const train: number[] = [];
  const test: number[] = [];
  foldOfRow.forEach((assigned, row) => (assigned === fold ? test : train).push(row));
  return { trainIndices: Uint32Array.from(train), testIndices: Uint32Array.from(test) };
}
