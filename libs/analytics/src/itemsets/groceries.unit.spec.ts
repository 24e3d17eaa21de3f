import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mlxtend from '../../test-fixtures/itemsets/mlxtend-groceries.json';
import { apriori } from './apriori';
import { associationRules } from './association-rules';
import { eclat } from './eclat';
import { fpGrowth } from './fp-growth';
import { countByLength, type FrequentItemsetResult, type MiningOptions } from './frequent-itemset';
import { GROCERIES_CSV, groceries } from './groceries.fixture';
import { type TransactionSet } from './transaction-set';

const algorithms = { apriori, eclat, fpGrowth };
const readme = [
  { minSupport: 0.01, minCount: 99, byLength: [88, 213, 32] },
  { minSupport: 0.006, minCount: 60, byLength: [109, 478, 156, 4] },
  { minSupport: 0.005, minCount: 50, byLength: [120, 605, 264, 12] },
  { minSupport: 0.001, minCount: 10, byLength: [157, 2981, 6831, 3137, 376, 10] },
];
const results = new Map<string, FrequentItemsetResult>();

function mine(name: keyof typeof algorithms, options: MiningOptions): FrequentItemsetResult {
  const key = `${name}@${options.minSupport}`;
  let result = results.get(key);
  if (!result) {
    result = algorithms[name](groceries(), options);
    results.set(key, result);
  }
  return result;
}

function asText(result: FrequentItemsetResult): string[] {
  return result.itemsets.map((itemset) => `${itemset.items.join(',')}:${itemset.count}`);
}

function idsOf(transactions: TransactionSet, names: readonly string[]): number[] {
  return names.map((name) => transactions.itemNames.indexOf(name)).sort((a, b) => a - b);
}

describe('frequent itemsets on Groceries', () => {
  it('reads the published Groceries file unchanged', () => {
    const digest = createHash('sha256').update(readFileSync(GROCERIES_CSV)).digest('hex');
    expect(digest).toBe('ff1be892fd6b9b57d1a7bc50de067798963dda607619645988b21789bf23ae3b');
  });

  it('encodes 9,835 baskets over 169 items', () => {
    expect(groceries().transactionCount).toBe(9835);
    expect(groceries().itemCount).toBe(169);
  });

  describe.each(Object.keys(algorithms) as (keyof typeof algorithms)[])('%s', (name) => {
    it.each(readme)('finds the README itemsets at minSupport $minSupport', (row) => {
      const result = mine(name, { minSupport: row.minSupport });
      expect(result.minCount).toBe(row.minCount);
      expect(countByLength(result.itemsets)).toEqual(row.byLength);
      expect(result.itemsets).toHaveLength(row.byLength.reduce((sum, count) => sum + count, 0));
    });
  });

  it.each(readme)('gives identical itemsets and counts from all three algorithms at $minSupport', (row) => {
    const expected = asText(mine('apriori', row));
    expect(asText(mine('eclat', row))).toEqual(expected);
    expect(asText(mine('fpGrowth', row))).toEqual(expected);
  });

  it.each([
    { minSupport: 0.001, minConfidence: 0.5, rules: 5668 },
    { minSupport: 0.001, minConfidence: 0.8, rules: 410 },
    { minSupport: 0.006, minConfidence: 0.25, rules: 463 },
  ])('derives $rules rules at support $minSupport, confidence $minConfidence', (row) => {
    const rules = associationRules(mine('fpGrowth', row), { minConfidence: row.minConfidence });
    expect(rules).toHaveLength(row.rules);
  });

  it('matches mlxtend supports on a sample of itemsets', () => {
    const result = mine('fpGrowth', { minSupport: mlxtend.minSupport });
    expect(result.itemsets).toHaveLength(mlxtend.itemsetCount);
    const support = new Map(result.itemsets.map((itemset) => [itemset.items.join(','), itemset.support]));
    for (const expected of mlxtend.itemsets) {
      expect(support.get(idsOf(groceries(), expected.items).join(','))).toBeCloseTo(expected.support, 12);
    }
  });

  it('matches mlxtend rule metrics on a sample of rules, with every consequent length', () => {
    const result = mine('fpGrowth', { minSupport: mlxtend.minSupport });
    const rules = associationRules(result, { minConfidence: mlxtend.minConfidence, maxConsequentLength: 10 });
    expect(rules).toHaveLength(mlxtend.ruleCount);
    const byKey = new Map(
      rules.map((rule) => [`${rule.antecedent.join(',')}=>${rule.consequent.join(',')}`, rule]),
    );
    for (const expected of mlxtend.rules) {
      const key = `${idsOf(groceries(), expected.antecedent).join(',')}=>${idsOf(groceries(), expected.consequent).join(',')}`;
      const rule = byKey.get(key);
      expect(rule?.support).toBeCloseTo(expected.support, 12);
      expect(rule?.confidence).toBeCloseTo(expected.confidence, 12);
      expect(rule?.lift).toBeCloseTo(expected.lift, 10);
      expect(rule?.leverage).toBeCloseTo(expected.leverage, 12);
      if (expected.conviction === null) expect(rule?.conviction).toBe(Number.POSITIVE_INFINITY);
      else expect(rule?.conviction).toBeCloseTo(expected.conviction, 10);
    }
  });
});
