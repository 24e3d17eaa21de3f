import {
  ItemsetCollector,
  miningThreshold,
  type FrequentItemsetResult,
  type MiningOptions,
} from './frequent-itemset';
import { FpTree } from './fp-tree';
import { type TransactionSet } from './transaction-set';

/**
 * FP-Growth (Han, Pei, Yin 2000): one FP-tree of the frequent items, then for each item a conditional
 * tree built from its prefix paths, mined recursively.
 */
export function fpGrowth(transactions: TransactionSet, options: MiningOptions): FrequentItemsetResult {
  const { minCount, maxLength } = miningThreshold(transactions, options);
  const collector = new ItemsetCollector(transactions.transactionCount);
  const counts = transactions.itemCounts;
  const frequent: number[] = [];
  counts.forEach((count, item) => {
    if (count >= minCount) frequent.push(item);
  });
  frequent.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
  const rankOf = new Int32Array(transactions.itemCount).fill(-1);
  frequent.forEach((item, rank) => (rankOf[item] = rank));

  let maxNodes = 0;
  for (const item of transactions.items) if ((rankOf[item] ?? -1) >= 0) maxNodes++;
  const tree = new FpTree(Int32Array.from(frequent), maxNodes);
  const path = new Int32Array(frequent.length);
  for (let t = 0; t < transactions.transactionCount; t++) {
    let length = 0;
    for (const item of transactions.transaction(t)) {
      const rank = rankOf[item] ?? -1;
      if (rank >= 0) path[length++] = rank;
    }
    path.subarray(0, length).sort();
    tree.insert(path, length, 1);
  }
  new FpGrowthSearch(collector, minCount, maxLength).mine(tree, []);
  return collector.result(options, minCount);
}

class FpGrowthSearch {
  constructor(
    private readonly collector: ItemsetCollector,
    private readonly minCount: number,
    private readonly maxLength: number,
  ) {}

  mine(tree: FpTree, prefix: number[]): void {
    for (let rank = tree.itemCount - 1; rank >= 0; rank--) {
      const support = tree.itemSupport[rank] ?? 0;
      if (support < this.minCount) continue;
      prefix.push(tree.labels[rank] ?? 0);
      this.collector.add(prefix.slice(), support);
      if (prefix.length < this.maxLength && rank > 0) {
        const conditional = this.conditionalTree(tree, rank);
        if (conditional) this.mine(conditional, prefix);
      }
      prefix.pop();
    }
  }

  // The tree of the prefix paths above every node of `rank`, keeping only items frequent among them.
  private conditionalTree(tree: FpTree, rank: number): FpTree | undefined {
    const localCounts = new Int32Array(rank);
    let pathItems = 0;
    for (let node = tree.itemFirstNode[rank] ?? -1; node >= 0; node = tree.nodeNext[node] ?? -1) {
      const count = tree.nodeCount[node] ?? 0;
      for (let above = tree.nodeParent[node] ?? 0; above > 0; above = tree.nodeParent[above] ?? 0) {
        const item = tree.nodeItem[above] ?? 0;
        localCounts[item] = (localCounts[item] ?? 0) + count;
        pathItems++;
      }
    }
    const kept: number[] = [];
    localCounts.forEach((count, item) => {
      if (count >= this.minCount) kept.push(item);
    });
    if (kept.length === 0) return undefined;
    kept.sort((a, b) => (localCounts[b] ?? 0) - (localCounts[a] ?? 0) || a - b);
    const newRank = new Int32Array(rank).fill(-1);
    kept.forEach((item, index) => (newRank[item] = index));

    const conditional = new FpTree(
      Int32Array.from(kept, (item) => tree.labels[item] ?? 0),
      pathItems,
    );
    const path = new Int32Array(kept.length);
    for (let node = tree.itemFirstNode[rank] ?? -1; node >= 0; node = tree.nodeNext[node] ?? -1) {
      let length = 0;
      for (let above = tree.nodeParent[node] ?? 0; above > 0; above = tree.nodeParent[above] ?? 0) {
        const mapped = newRank[tree.nodeItem[above] ?? 0] ?? -1;
        if (mapped >= 0) path[length++] = mapped;
      }
      if (length > 0) {
        path.subarray(0, length).sort();
        conditional.insert(path, length, tree.nodeCount[node] ?? 0);
      }
    }
    return conditional;
  }
}
