import { type SeededRandom } from '../random';
import { TransactionSet } from './transaction-set';

export interface QuestOptions {
  /** Number of transactions (D). */
  readonly transactions: number;
  /** Mean transaction size (T). */
  readonly meanTransactionSize: number;
  /** Mean size of the potentially frequent patterns (I). */
  readonly meanPatternSize: number;
  /** Number of patterns (L). */
  readonly patterns: number;
  /** Number of distinct items (N). */
  readonly items: number;
}

/**
 * Synthetic baskets after the IBM Quest generator (Agrawal, Srikant 1994): weighted patterns that share
 * about half their items with the previous pattern, each dropped into transactions with per-pattern
 * corruption. Item names are `item-<id>`. The same seed gives the same baskets.
 */
export function generateQuestTransactions(options: QuestOptions, random: SeededRandom): TransactionSet {
  const patterns = generatePatterns(options, random);
  const offsets = new Uint32Array(options.transactions + 1);
  let items: Uint32Array = new Uint32Array(
    Math.ceil(options.transactions * (options.meanTransactionSize + 2)),
  );
  let length = 0;
  for (let t = 0; t < options.transactions; t++) {
    const target = Math.max(1, poisson(options.meanTransactionSize, random));
    const start = length;
    while (length - start < target) {
      const pattern = patterns.pick(random);
      const corruption = patterns.corruption[pattern] ?? 0;
      for (const item of patterns.items[pattern] ?? []) {
        if (random.next() < corruption) continue;
        if (length === items.length) items = grow(items);
        items[length++] = item;
      }
    }
    offsets[t + 1] = length;
  }
  const names = Array.from({ length: options.items }, (_, id) => `item-${id}`);
  return TransactionSet.fromIds(names, offsets, items.subarray(0, length));
}

interface PatternTable {
  readonly items: number[][];
  readonly corruption: Float64Array;
  pick(random: SeededRandom): number;
}

function generatePatterns(options: QuestOptions, random: SeededRandom): PatternTable {
  const items: number[][] = [];
  const cumulativeWeight = new Float64Array(options.patterns);
  const corruption = new Float64Array(options.patterns);
  let total = 0;
  let previous: number[] = [];
  for (let index = 0; index < options.patterns; index++) {
    const size = Math.max(1, poisson(options.meanPatternSize, random));
    const shared = Math.min(previous.length, Math.round(size * Math.min(1, exponential(0.5, random))));
    const pattern = new Set<number>();
    for (let position = 0; position < shared; position++) {
      pattern.add(previous[random.nextInt(previous.length)] ?? 0);
    }
    while (pattern.size < Math.min(size, options.items)) pattern.add(random.nextInt(options.items));
    previous = [...pattern];
    items.push(previous);
    total += exponential(1, random);
    cumulativeWeight[index] = total;
    corruption[index] = Math.min(1, Math.max(0, 0.5 + Math.sqrt(0.1) * random.nextGaussian()));
  }
  const pick = (random: SeededRandom): number => {
    const target = random.next() * total;
    let low = 0;
    let high = options.patterns - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulativeWeight[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return { items, corruption, pick };
}

function poisson(mean: number, random: SeededRandom): number {
  const limit = Math.exp(-mean);
  let product = random.next();
  let count = 0;
  while (product > limit) {
    product *= random.next();
    count++;
  }
  return count;
}

function exponential(mean: number, random: SeededRandom): number {
  return -mean * Math.log(1 - random.next());
}

function grow(items: Uint32Array): Uint32Array {
  const larger = new Uint32Array(items.length * 2);
  larger.set(items);
  return larger;
}
