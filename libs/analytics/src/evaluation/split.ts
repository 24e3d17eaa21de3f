import { SeededRandom } from '../random/seeded-random';
import { type Label, type Labels, rowsByLabel, sortedUniqueLabels } from './labels';

export interface TrainTestSplit {
  /** Row indices, ascending. */
  readonly trainIndices: Uint32Array;
  readonly testIndices: Uint32Array;
}

export interface TrainTestSplitOptions {
  /** A fraction in (0, 1) (rounded up, as sklearn) or a whole number of test rows. Default 0.25. */
  readonly testSize?: number;
  readonly seed?: number;
  /** Labels per row: each class keeps its share in both parts. */
  readonly stratify?: Labels;
}

/** Seeded random split of `rowCount` rows into train and test indices, optionally stratified. */
export function trainTestSplit(rowCount: number, options: TrainTestSplitOptions = {}): TrainTestSplit {
  const testCount = testRowCount(rowCount, options.testSize ?? 0.25);
  const random = new SeededRandom(options.seed ?? 0);
  const test =
    options.stratify === undefined
      ? Array.from(random.permutation(rowCount).subarray(0, testCount))
      : stratifiedTestRows(options.stratify, rowCount, testCount, random);
  const inTest = new Uint8Array(rowCount);
  for (const row of test) inTest[row] = 1;
  const train: number[] = [];
  for (let row = 0; row < rowCount; row++) if (inTest[row] === 0) train.push(row);
  return { trainIndices: Uint32Array.from(train), testIndices: Uint32Array.from(test).sort() };
}

function testRowCount(rowCount: number, testSize: number): number {
  if (!Number.isInteger(rowCount) || rowCount < 2) throw new RangeError(`cannot split ${rowCount} rows`);
  const count = testSize > 0 && testSize < 1 ? Math.ceil(testSize * rowCount) : testSize;
  if (!Number.isInteger(count) || count < 1 || count >= rowCount) {
    throw new RangeError(`test size ${testSize} leaves no rows on one side of ${rowCount}`);
  }
  return count;
}

// Largest-remainder allocation of the test rows across classes, then a seeded draw within each class.
function stratifiedTestRows(
  stratify: Labels,
  rowCount: number,
  testCount: number,
  random: SeededRandom,
): number[] {
  if (stratify.length !== rowCount) {
    throw new RangeError(`stratify has ${stratify.length} labels for ${rowCount} rows`);
  }
  const groups = rowsByLabel(stratify);
  const classes = sortedUniqueLabels(stratify);
  const allocation = classes.map((label) => {
    const exact = ((groups.get(label)?.length ?? 0) * testCount) / rowCount;
    return { label, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let missing = testCount - allocation.reduce((total, entry) => total + entry.count, 0);
  for (const entry of [...allocation].sort((a, b) => b.remainder - a.remainder)) {
    if (missing === 0) break;
    entry.count += 1;
    missing -= 1;
  }
  return allocation.flatMap(({ label, count }) => drawRows(groups.get(label) ?? [], count, random, label));
}

function drawRows(rows: readonly number[], count: number, random: SeededRandom, label: Label): number[] {
  if (count > rows.length) throw new RangeError(`class ${String(label)} has too few rows to stratify`);
  const order = random.permutation(rows.length);
  return Array.from(order.subarray(0, count), (position) => rows[position] as number);
}
