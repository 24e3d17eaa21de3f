import { type FrequentItemsetResult } from './frequent-itemset';

/** antecedent => consequent, item ids ascending in each side. */
export interface AssociationRule {
  readonly antecedent: readonly number[];
  readonly consequent: readonly number[];
  /** Transactions containing both sides. */
  readonly count: number;
  readonly support: number;
  readonly antecedentSupport: number;
  readonly consequentSupport: number;
  /** count / antecedent count. */
  readonly confidence: number;
  /** confidence / consequentSupport. */
  readonly lift: number;
  /** support - antecedentSupport * consequentSupport. */
  readonly leverage: number;
  /** (1 - consequentSupport) / (1 - confidence); Infinity when confidence is 1. */
  readonly conviction: number;
}

export interface RuleOptions {
  /** In [0, 1]; a rule is kept when confidence >= minConfidence. */
  readonly minConfidence: number;
  /** Most items on the right-hand side; 1 (the arules default) when absent. */
  readonly maxConsequentLength?: number;
  /** Fewest items in antecedent and consequent together; at least 2 (no empty antecedent), the default. */
  readonly minItems?: number;
}

/**
 * Rules from frequent itemsets. Every subset of a frequent itemset is frequent, so each side's support
 * is read from the same result; rules come out in itemset order, consequents by ascending ids.
 */
export function associationRules(result: FrequentItemsetResult, options: RuleOptions): AssociationRule[] {
  const { minConfidence } = options;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new RangeError(`minConfidence must be in [0, 1], got ${String(minConfidence)}`);
  }
  const maxConsequentLength = wholeNumberAtLeast(1, options.maxConsequentLength ?? 1, 'maxConsequentLength');
  const minItems = wholeNumberAtLeast(2, options.minItems ?? 2, 'minItems');
  const counts = new Map(result.itemsets.map((itemset) => [itemset.items.join(','), itemset.count]));
  const countOf = (items: readonly number[]): number => counts.get(items.join(',')) ?? 0;
  const n = result.transactionCount;
  const rules: AssociationRule[] = [];
  for (const itemset of result.itemsets) {
    if (itemset.items.length < minItems) continue;
    const longest = Math.min(maxConsequentLength, itemset.items.length - 1);
    forEachSubset(itemset.items, longest, (consequent, antecedent) => {
      const antecedentCount = countOf(antecedent);
      const confidence = itemset.count / antecedentCount;
      if (confidence < minConfidence) return;
      const consequentSupport = countOf(consequent) / n;
      const antecedentSupport = antecedentCount / n;
      rules.push({
        antecedent,
        consequent,
        count: itemset.count,
        support: itemset.support,
        antecedentSupport,
        consequentSupport,
        confidence,
        lift: confidence / consequentSupport,
        leverage: itemset.support - antecedentSupport * consequentSupport,
        conviction: confidence === 1 ? Number.POSITIVE_INFINITY : (1 - consequentSupport) / (1 - confidence),
      });
    });
  }
  return rules;
}

// Calls back with each chosen subset of 1..maxSize items and its complement, both ascending.
function forEachSubset(
  items: readonly number[],
  maxSize: number,
  visit: (chosen: number[], rest: number[]) => void,
): void {
  const chosen: number[] = [];
  const choose = (start: number): void => {
    for (let index = start; index < items.length; index++) {
      chosen.push(items[index] ?? 0);
      const picked = new Set(chosen);
      visit(
        chosen.slice(),
        items.filter((item) => !picked.has(item)),
      );
      if (chosen.length < maxSize) choose(index + 1);
      chosen.pop();
    }
  };
  choose(0);
}

function wholeNumberAtLeast(minimum: number, value: number, name: string): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new RangeError(`${name} must be a whole number >= ${minimum}, got ${String(value)}`);
  }
  return value;
}
