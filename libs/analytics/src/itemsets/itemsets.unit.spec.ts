import { apriori } from './apriori';
import { associationRules } from './association-rules';
import { eclat } from './eclat';
import { fpGrowth } from './fp-growth';
import {
  minimumCount,
  withItemNames,
  type FrequentItemsetResult,
  type MiningOptions,
} from './frequent-itemset';
import { TransactionSet } from './transaction-set';

const algorithms = { apriori, eclat, fpGrowth };
const baskets = [
  ['bread', 'milk'],
  ['bread', 'diapers', 'beer', 'eggs'],
  ['milk', 'diapers', 'beer', 'cola'],
  ['bread', 'milk', 'diapers', 'beer'],
  ['bread', 'milk', 'diapers', 'cola'],
];

function named(result: FrequentItemsetResult, transactions: TransactionSet): string[] {
  return withItemNames(result.itemsets, transactions).map(
    (itemset) => `${itemset.items.join('+')}:${itemset.count}`,
  );
}

describe(minimumCount.name, () => {
  it('rounds a fractional threshold up', () => {
    expect(minimumCount(0.001, 9835)).toBe(10);
  });

  it('keeps a count whose support equals minSupport in floating point', () => {
    expect(0.07 * 100).toBeGreaterThan(7);
    expect(minimumCount(0.07, 100)).toBe(7);
  });

  it.each([0, -0.1, 1.5, Number.NaN])('rejects minSupport %p', (minSupport) => {
    expect(() => minimumCount(minSupport, 10)).toThrow(RangeError);
  });
});

describe.each(Object.entries(algorithms))('%s', (_name, mine) => {
  const transactions = TransactionSet.fromBaskets(baskets);
  const run = (options: MiningOptions): string[] => named(mine(transactions, options), transactions);

  it('finds the textbook itemsets at 60% support', () => {
    expect(run({ minSupport: 0.6 })).toEqual([
      'beer:3',
      'bread:4',
      'diapers:4',
      'milk:4',
      'beer+diapers:3',
      'bread+diapers:3',
      'bread+milk:3',
      'diapers+milk:3',
    ]);
  });

  it('stops at maxLength', () => {
    expect(run({ minSupport: 0.2, maxLength: 2 }).every((line) => line.split('+').length <= 2)).toBe(true);
    expect(run({ minSupport: 0.2 }).some((line) => line.split('+').length === 3)).toBe(true);
  });

  it('counts an item repeated in one basket once', () => {
    const repeated = TransactionSet.fromBaskets([['tea', 'tea', 'cake'], ['tea']]);
    expect(named(mine(repeated, { minSupport: 0.5 }), repeated)).toEqual(['cake:1', 'tea:2', 'cake+tea:1']);
  });

  it('returns every subset of a single transaction at full support', () => {
    const single = TransactionSet.fromBaskets([['a', 'b', 'c']]);
    const result = mine(single, { minSupport: 1 });
    expect(result.itemsets).toHaveLength(7);
    expect(result.itemsets.every((itemset) => itemset.support === 1)).toBe(true);
  });

  it('returns nothing for no transactions', () => {
    const empty = TransactionSet.fromBaskets([]);
    expect(mine(empty, { minSupport: 0.5 }).itemsets).toEqual([]);
  });

  it('rejects minSupport outside (0, 1] and a fractional maxLength', () => {
    expect(() => mine(transactions, { minSupport: 0 })).toThrow(/minSupport must be in \(0, 1\]/);
    expect(() => mine(transactions, { minSupport: 1.01 })).toThrow(RangeError);
    expect(() => mine(transactions, { minSupport: 0.5, maxLength: 1.5 })).toThrow(/maxLength/);
  });
});

describe(associationRules.name, () => {
  const transactions = TransactionSet.fromBaskets(baskets);
  const result = fpGrowth(transactions, { minSupport: 0.4 });
  const id = (name: string): number => transactions.itemNames.indexOf(name);

  it('computes confidence, lift, leverage and conviction', () => {
    const rules = associationRules(result, { minConfidence: 0 });
    const rule = rules.find(
      (candidate) => candidate.antecedent[0] === id('beer') && candidate.consequent[0] === id('diapers'),
    );
    expect(rule).toMatchObject({
      count: 3,
      support: 0.6,
      confidence: 1,
      lift: 1.25,
      conviction: Number.POSITIVE_INFINITY,
    });
    expect(rule?.leverage).toBeCloseTo(0.6 - 0.6 * 0.8, 15);
  });

  it('keeps only single-item consequents unless asked for longer ones', () => {
    const single = associationRules(result, { minConfidence: 0 });
    const longer = associationRules(result, { minConfidence: 0, maxConsequentLength: 2 });
    expect(single.every((rule) => rule.consequent.length === 1)).toBe(true);
    expect(longer.some((rule) => rule.consequent.length === 2)).toBe(true);
  });

  it('drops rules below minConfidence and with fewer than minItems items', () => {
    const rules = associationRules(result, { minConfidence: 0.8, minItems: 3 });
    expect(
      rules.every((rule) => rule.confidence >= 0.8 && rule.antecedent.length + rule.consequent.length >= 3),
    ).toBe(true);
    expect(() => associationRules(result, { minConfidence: 1.2 })).toThrow(RangeError);
    expect(() => associationRules(result, { minConfidence: 0.5, minItems: 1 })).toThrow(RangeError);
  });
});
