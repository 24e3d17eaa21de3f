import {
  ItemsetCollector,
  miningThreshold,
  type FrequentItemsetResult,
  type MiningOptions,
} from './frequent-itemset';
import { type TransactionSet } from './transaction-set';

/**
 * Eclat: depth-first over vertical tid-lists held as bitsets (one bit per transaction), support by
 * AND + popcount. Items are extended in ascending support order, which keeps equivalence classes small.
 */
export function eclat(transactions: TransactionSet, options: MiningOptions): FrequentItemsetResult {
  const { minCount, maxLength } = miningThreshold(transactions, options);
  const collector = new ItemsetCollector(transactions.transactionCount);
  const words = Math.ceil(transactions.transactionCount / 32);
  const frequent = frequentItemsByAscendingCount(transactions, minCount);
  const bitsets = new Map(frequent.map((item) => [item, new Uint32Array(words)]));
  for (let t = 0; t < transactions.transactionCount; t++) {
    for (const item of transactions.transaction(t)) {
      const bitset = bitsets.get(item);
      if (bitset) bitset[t >>> 5] = (bitset[t >>> 5] ?? 0) | (1 << (t & 31));
    }
  }
  const root: EquivalenceClass = {
    items: frequent,
    bitsets: frequent.map((item) => bitsets.get(item) ?? new Uint32Array(words)),
    counts: frequent.map((item) => transactions.itemCounts[item] ?? 0),
  };
  const search = new EclatSearch(collector, minCount, maxLength, words);
  search.extend([], root);
  return collector.result(options, minCount);
}

interface EquivalenceClass {
  readonly items: number[];
  readonly bitsets: Uint32Array[];
  readonly counts: number[];
}

class EclatSearch {
  private readonly scratch: Uint32Array;

  constructor(
    private readonly collector: ItemsetCollector,
    private readonly minCount: number,
    private readonly maxLength: number,
    words: number,
  ) {
    this.scratch = new Uint32Array(words);
  }

  extend(prefix: number[], members: EquivalenceClass): void {
    const size = members.items.length;
    for (let i = 0; i < size; i++) {
      const item = members.items[i] ?? 0;
      const bitset = members.bitsets[i] ?? this.scratch;
      prefix.push(item);
      this.collector.add(prefix.slice(), members.counts[i] ?? 0);
      if (prefix.length < this.maxLength && i + 1 < size) {
        const child: EquivalenceClass = { items: [], bitsets: [], counts: [] };
        for (let j = i + 1; j < size; j++) {
          const count = intersect(bitset, members.bitsets[j] ?? this.scratch, this.scratch);
          if (count >= this.minCount) {
            child.items.push(members.items[j] ?? 0);
            child.bitsets.push(this.scratch.slice());
            child.counts.push(count);
          }
        }
        if (child.items.length > 0) this.extend(prefix, child);
      }
      prefix.pop();
    }
  }
}

function intersect(left: Uint32Array, right: Uint32Array, into: Uint32Array): number {
  let count = 0;
  for (let word = 0; word < into.length; word++) {
    let bits = (left[word] ?? 0) & (right[word] ?? 0);
    into[word] = bits;
    bits = bits - ((bits >>> 1) & 0x55555555);
    bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
    count += Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return count;
}

export function frequentItemsByAscendingCount(transactions: TransactionSet, minCount: number): number[] {
  const items: number[] = [];
  transactions.itemCounts.forEach((count, item) => {
    if (count >= minCount) items.push(item);
  });
  const counts = transactions.itemCounts;
  return items.sort((a, b) => (counts[a] ?? 0) - (counts[b] ?? 0) || a - b);
}
