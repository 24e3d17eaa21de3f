import {
  ItemsetCollector,
  miningThreshold,
  type FrequentItemsetResult,
  type MiningOptions,
} from './frequent-itemset';
import { type TransactionSet } from './transaction-set';

/**
 * Apriori (Agrawal, Srikant 1994): level-wise; candidates of length k join two frequent (k-1)-itemsets
 * sharing their first k-2 items, are pruned unless every (k-1)-subset is frequent, and are counted in one
 * pass over the transactions through a prefix tree laid out as a sorted flat array.
 */
export function apriori(transactions: TransactionSet, options: MiningOptions): FrequentItemsetResult {
  const { minCount, maxLength } = miningThreshold(transactions, options);
  const collector = new ItemsetCollector(transactions.transactionCount);
  let level = new ItemsetLevel(1);
  transactions.itemCounts.forEach((count, item) => {
    if (count >= minCount) {
      level.push([item]);
      collector.add([item], count);
    }
  });
  const reduced = keepItems(transactions, level);
  for (let length = 2; length <= maxLength && level.size > 1; length++) {
    const candidates = generateCandidates(level);
    if (candidates.size === 0) break;
    const counts = countCandidates(candidates, reduced);
    const next = new ItemsetLevel(length);
    for (let index = 0; index < candidates.size; index++) {
      const count = counts[index] ?? 0;
      if (count < minCount) continue;
      const items = Array.from(candidates.itemset(index));
      next.push(items);
      collector.add(items, count);
    }
    level = next;
  }
  return collector.result(options, minCount);
}

// Itemsets of one length in lexicographic order, stored back to back.
class ItemsetLevel {
  private data: number[] = [];

  constructor(readonly length: number) {}

  get size(): number {
    return this.data.length / this.length;
  }

  push(items: readonly number[]): void {
    for (const item of items) this.data.push(item);
  }

  itemAt(index: number, position: number): number {
    return this.data[index * this.length + position] ?? 0;
  }

  itemset(index: number): number[] {
    return this.data.slice(index * this.length, (index + 1) * this.length);
  }

  // Binary search; `items` has this level's length.
  contains(items: readonly number[]): boolean {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = this.compareAt(middle, items);
      if (order === 0) return true;
      if (order < 0) low = middle + 1;
      else high = middle;
    }
    return false;
  }

  private compareAt(index: number, items: readonly number[]): number {
    for (let position = 0; position < this.length; position++) {
      const difference = this.itemAt(index, position) - (items[position] ?? 0);
      if (difference !== 0) return difference;
    }
    return 0;
  }
}

function generateCandidates(level: ItemsetLevel): ItemsetLevel {
  const candidates = new ItemsetLevel(level.length + 1);
  const prefixLength = level.length - 1;
  const subset: number[] = new Array<number>(level.length).fill(0);
  for (let first = 0; first < level.size; first++) {
    const left = level.itemset(first);
    for (let second = first + 1; second < level.size; second++) {
      if (!sharesPrefix(level, first, second, prefixLength)) break;
      const candidate = [...left, level.itemAt(second, prefixLength)];
      if (allSubsetsFrequent(candidate, level, subset)) candidates.push(candidate);
    }
  }
  return candidates;
}

function sharesPrefix(level: ItemsetLevel, first: number, second: number, prefixLength: number): boolean {
  for (let position = 0; position < prefixLength; position++) {
    if (level.itemAt(first, position) !== level.itemAt(second, position)) return false;
  }
  return true;
}

// Dropping either of the last two items gives the joined parents, so only the others need checking.
function allSubsetsFrequent(candidate: readonly number[], level: ItemsetLevel, subset: number[]): boolean {
  for (let dropped = 0; dropped < candidate.length - 2; dropped++) {
    let position = 0;
    candidate.forEach((item, index) => {
      if (index !== dropped) subset[position++] = item;
    });
    if (!level.contains(subset)) return false;
  }
  return true;
}

// Transactions restricted to frequent single items, as plain arrays; shorter than 2 items are dropped.
function keepItems(transactions: TransactionSet, singles: ItemsetLevel): Uint32Array[] {
  const frequent = new Uint8Array(transactions.itemCount);
  for (let index = 0; index < singles.size; index++) frequent[singles.itemAt(index, 0)] = 1;
  const kept: Uint32Array[] = [];
  for (let t = 0; t < transactions.transactionCount; t++) {
    const items = transactions.transaction(t).filter((item) => frequent[item] === 1);
    if (items.length >= 2) kept.push(items);
  }
  return kept;
}

function countCandidates(candidates: ItemsetLevel, transactions: readonly Uint32Array[]): Uint32Array {
  const counts = new Uint32Array(candidates.size);
  const length = candidates.length;
  const visit = (transaction: Uint32Array, start: number, depth: number, low: number, high: number): void => {
    for (let position = start; position <= transaction.length - (length - depth); position++) {
      const item = transaction[position] ?? 0;
      const from = lowerBound(candidates, depth, item, low, high);
      if (from >= high || candidates.itemAt(from, depth) !== item) continue;
      const to = lowerBound(candidates, depth, item + 1, from, high);
      if (depth + 1 === length) counts[from] = (counts[from] ?? 0) + 1;
      else visit(transaction, position + 1, depth + 1, from, to);
      low = to;
    }
  };
  for (const transaction of transactions) {
    if (transaction.length >= length) visit(transaction, 0, 0, 0, candidates.size);
  }
  return counts;
}

// First index in [low, high) whose item at `depth` is >= item; candidates there share the prefix before depth.
function lowerBound(
  candidates: ItemsetLevel,
  depth: number,
  item: number,
  low: number,
  high: number,
): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (candidates.itemAt(middle, depth) < item) low = middle + 1;
    else high = middle;
  }
  return low;
}
