import { associationRules } from './association-rules';
import { fpGrowth } from './fp-growth';
import { frequentlyBoughtTogether, recommendForBasket } from './recommendations';
import { TransactionSet } from './transaction-set';

const transactions = TransactionSet.fromBaskets([
  ['bread', 'butter', 'jam'],
  ['bread', 'butter'],
  ['bread', 'butter', 'milk'],
  ['bread', 'jam'],
  ['milk', 'cereal'],
  ['milk', 'cereal', 'bread'],
]);
const id = (name: string): number => transactions.itemNames.indexOf(name);
const nameOf = (item: number): string | undefined => transactions.itemNames[item];
const result = fpGrowth(transactions, { minSupport: 0.3 });
const rules = associationRules(result, { minConfidence: 0.1 });

describe(recommendForBasket.name, () => {
  it('suggests unowned consequents of rules the basket satisfies, best confidence first', () => {
    const suggestions = recommendForBasket(rules, [id('bread')], 5);
    expect(suggestions.map((suggestion) => nameOf(suggestion.item))).toEqual(['butter', 'jam', 'milk']);
    expect(suggestions[0]?.confidence).toBeCloseTo(3 / 5, 15);
  });

  it('never suggests an owned item and lists each item once', () => {
    const suggestions = recommendForBasket(rules, [id('bread'), id('butter')], 10);
    const items = suggestions.map((suggestion) => suggestion.item);
    expect(items).not.toContain(id('bread'));
    expect(items).not.toContain(id('butter'));
    expect(new Set(items).size).toBe(items.length);
  });

  it('caps the list at topN', () => {
    expect(recommendForBasket(rules, [id('bread')], 1)).toHaveLength(1);
  });
});

describe(frequentlyBoughtTogether.name, () => {
  it('ranks partners by how often they share a basket', () => {
    const partners = frequentlyBoughtTogether(result, id('bread'), 3);
    expect(partners.map((partner) => nameOf(partner.item))).toEqual(['butter', 'jam', 'milk']);
    expect(partners[0]).toMatchObject({ count: 3, confidence: 3 / 5 });
    expect(partners[0]?.lift).toBeCloseTo(3 / 5 / (3 / 6), 15);
  });

  it('returns nothing for an infrequent item', () => {
    expect(frequentlyBoughtTogether(result, id('cereal') + 100, 3)).toEqual([]);
  });
});
