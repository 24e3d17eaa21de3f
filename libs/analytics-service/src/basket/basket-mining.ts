import {
  apriori,
  associationRules,
  countByLength,
  eclat,
  fpGrowth,
  type AssociationRule,
  type FrequentItemsetResult,
  type MiningOptions,
  type TransactionSet,
} from '@crm/analytics';

export const MINING_ALGORITHMS = ['apriori', 'eclat', 'fpgrowth'] as const;
export type MiningAlgorithm = (typeof MINING_ALGORITHMS)[number];

const miners: Record<
  MiningAlgorithm,
  (set: TransactionSet, options: MiningOptions) => FrequentItemsetResult
> = {
  apriori,
  eclat,
  fpgrowth: fpGrowth,
};

/** Frequent itemsets of the baskets, by any of the three algorithms (they give the same itemsets). */
export function mineItemsets(
  transactions: TransactionSet,
  algorithm: MiningAlgorithm,
  options: MiningOptions,
): FrequentItemsetResult {
  return miners[algorithm](transactions, options);
}

export interface ItemsetView {
  readonly items: readonly string[];
  readonly count: number;
  readonly support: number;
}

/** A rule with SKUs for item ids; conviction null where confidence is 1 (JSON has no Infinity). */
export type RuleView = Omit<AssociationRule, 'antecedent' | 'consequent' | 'conviction'> & {
  readonly antecedent: readonly string[];
  readonly consequent: readonly string[];
  readonly conviction: number | null;
};

export function itemsetViews(result: FrequentItemsetResult, transactions: TransactionSet): ItemsetView[] {
  const names = transactions.itemNames;
  return result.itemsets.map((itemset) => ({
    items: itemset.items.map((item) => names[item] ?? String(item)),
    count: itemset.count,
    support: itemset.support,
  }));
}

export function ruleView(rule: AssociationRule, transactions: TransactionSet): RuleView {
  const name = (item: number) => transactions.itemNames[item] ?? String(item);
  return {
    ...rule,
    antecedent: rule.antecedent.map(name),
    consequent: rule.consequent.map(name),
    conviction: Number.isFinite(rule.conviction) ? rule.conviction : null,
  };
}

/** Rules strongest first: confidence, then lift, then support. */
export function strongestRules(result: FrequentItemsetResult, minConfidence: number): AssociationRule[] {
  return associationRules(result, { minConfidence }).sort(
    (left, right) =>
      right.confidence - left.confidence || right.lift - left.lift || right.support - left.support,
  );
}

export { countByLength };
