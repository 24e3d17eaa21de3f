import { sumOfAmounts } from './money-sum';

describe(sumOfAmounts.name, () => {
  it('adds money amounts without binary floating-point residue', () => {
    expect(sumOfAmounts([0.1, 0.2])).toBe(0.3);
    expect(sumOfAmounts(Array.from({ length: 10_000 }, () => 23.85))).toBe(238_500);
    expect(sumOfAmounts([1.0125, 2.0075])).toBe(3.02);
    expect(sumOfAmounts([])).toBe(0);
  });
});
