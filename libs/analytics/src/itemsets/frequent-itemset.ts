import { type TransactionSet } from './transaction-set';

/** An itemset with its support count; `items` are ids in ascending order (or names, see withItemNames). */
export interface FrequentItemset<Item = number> {
  readonly items: readonly Item[];
  /** Number of transactions containing every item. */
  readonly count: number;
  /** count / transactionCount. */
  readonly support: number;
}

export interface MiningOptions {
  /** Fraction of transactions in (0, 1]; an itemset is frequent when count / transactions >= minSupport. */
  readonly minSupport: number;
  /** Longest itemset to report (>= 1); unlimited when absent. */
  readonly maxLength?: number;
}

export interface FrequentItemsetResult {
  readonly transactionCount: number;
  readonly minSupport: number;
  /** Smallest count whose support reaches minSupport. */
  readonly minCount: number;
  /** Sorted by length, then by item ids. */
  readonly itemsets: readonly FrequentItemset[];
}

/** Validated options in the form the miners use. */
export interface MiningThreshold {
  readonly minCount: number;
  readonly maxLength: number;
}

/**
 * The smallest count c with c / n >= minSupport, evaluated in floating point exactly as arules and
 * mlxtend do (so 0.001 of 9,835 baskets is 10, and 0.07 of 100 is 7 although 0.07 * 100 > 7).
 */
export function minimumCount(minSupport: number, transactionCount: number): number {
  assertMinSupport(minSupport);
  let count = Math.max(1, Math.ceil(minSupport * transactionCount));
  while (count > 1 && (count - 1) / transactionCount >= minSupport) count--;
  while (count <= transactionCount && count / transactionCount < minSupport) count++;
  return count;
}

export function assertMinSupport(minSupport: number): void {
  if (!Number.isFinite(minSupport) || minSupport <= 0 || minSupport > 1) {
    throw new RangeError(`minSupport must be in (0, 1], got ${String(minSupport)}`);
  }
}

export function miningThreshold(transactions: TransactionSet, options: MiningOptions): MiningThreshold {
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  if (!(maxLength >= 1) || (Number.isFinite(maxLength) && !Number.isInteger(maxLength))) {
    throw new RangeError(`maxLength must be a whole number >= 1, got ${String(options.maxLength)}`);
  }
  return { minCount: minimumCount(options.minSupport, transactions.transactionCount), maxLength };
}

/** Collects itemsets as the miners find them and returns them in the canonical order. */
export class ItemsetCollector {
  private readonly found: FrequentItemset[] = [];

  constructor(private readonly transactionCount: number) {}

  add(items: number[], count: number): void {
    items.sort((a, b) => a - b);
    this.found.push({ items, count, support: count / this.transactionCount });
  }

  result(options: MiningOptions, minCount: number): FrequentItemsetResult {
    const itemsets = this.found.sort(compareItemsets);
    return { transactionCount: this.transactionCount, minSupport: options.minSupport, minCount, itemsets };
  }
}

/** Shorter first, then lexicographic by id. */
export function compareItemsets(left: FrequentItemset, right: FrequentItemset): number {
  if (left.items.length !== right.items.length) return left.items.length - right.items.length;
  for (let index = 0; index < left.items.length; index++) {
    const difference = (left.items[index] ?? 0) - (right.items[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Itemset counts by length: index 0 holds the number of 1-itemsets. */
export function countByLength(itemsets: readonly FrequentItemset<unknown>[]): number[] {
  const counts: number[] = [];
  for (const itemset of itemsets) {
    const length = itemset.items.length;
    while (counts.length < length) counts.push(0);
    counts[length - 1] = (counts[length - 1] ?? 0) + 1;
  }
  return counts;
}

/** Replaces item ids by their names. */
export function withItemNames(
  itemsets: readonly FrequentItemset[],
  transactions: TransactionSet,
): FrequentItemset<string>[] {
  return itemsets.map((itemset) => ({
    ...itemset,
    items: itemset.items.map((item) => transactions.itemNames[item] ?? String(item)),
  }));
}
