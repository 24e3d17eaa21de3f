import { type AssociationRule } from './association-rules';
import { type FrequentItemsetResult } from './frequent-itemset';

export interface Recommendation {
  readonly item: number;
  readonly confidence: number;
  readonly lift: number;
  /** The best rule that recommends the item. */
  readonly rule: AssociationRule;
}

/**
 * Items to suggest for a basket: rules whose antecedent is all owned, each consequent item not owned,
 * best rule per item, ranked by confidence, then lift, then item id.
 */
export function recommendForBasket(
  rules: readonly AssociationRule[],
  ownedItems: Iterable<number>,
  topN: number,
): Recommendation[] {
  const owned = new Set(ownedItems);
  const best = new Map<number, Recommendation>();
  for (const rule of rules) {
    if (!rule.antecedent.every((item) => owned.has(item))) continue;
    for (const item of rule.consequent) {
      if (owned.has(item)) continue;
      const candidate = { item, confidence: rule.confidence, lift: rule.lift, rule };
      const current = best.get(item);
      if (!current || compareRecommendations(candidate, current) < 0) best.set(item, candidate);
    }
  }
  return [...best.values()].sort(compareRecommendations).slice(0, Math.max(0, topN));
}

function compareRecommendations(left: Recommendation, right: Recommendation): number {
  return right.confidence - left.confidence || right.lift - left.lift || left.item - right.item;
}

export interface BoughtTogether {
  readonly item: number;
  /** Transactions holding both items. */
  readonly count: number;
  readonly support: number;
  /** Share of the item's transactions that also hold the partner. */
  readonly confidence: number;
  readonly lift: number;
}

/**
 * Partners of `item` among the frequent pairs, most often together first (then lift, then id).
 * Empty when the item is not frequent.
 */
export function frequentlyBoughtTogether(
  result: FrequentItemsetResult,
  item: number,
  topN: number,
): BoughtTogether[] {
  const singles = new Map<number, number>();
  for (const itemset of result.itemsets) {
    const only = itemset.items[0];
    if (itemset.items.length === 1 && only !== undefined) singles.set(only, itemset.count);
  }
  const itemCount = singles.get(item);
  if (itemCount === undefined) return [];
  const partners: BoughtTogether[] = [];
  for (const itemset of result.itemsets) {
    const [first, second] = itemset.items;
    if (itemset.items.length !== 2 || first === undefined || second === undefined) continue;
    if (first !== item && second !== item) continue;
    const partner = first === item ? second : first;
    const confidence = itemset.count / itemCount;
    const partnerSupport = (singles.get(partner) ?? 0) / result.transactionCount;
    partners.push({
      item: partner,
      count: itemset.count,
      support: itemset.support,
      confidence,
      lift: confidence / partnerSupport,
    });
  }
  partners.sort(
    (left, right) => right.count - left.count || right.lift - left.lift || left.item - right.item,
  );
  return partners.slice(0, Math.max(0, topN));
}
