import type { CustomerFeatureName } from '../feature-store/customer-features';

/** How far (in standard deviations) a segment's centre must sit from the mean to earn a word. */
const NOTABLE = 0.5;

// Words for a centre well above / well below the mean, in the order they are worth mentioning.
const WORDS: readonly [CustomerFeatureName, string, string][] = [
  ['monetary', 'high value', 'low value'],
  ['recencyDays', 'lapsed', 'recent'],
  ['frequency', 'frequent', 'occasional'],
  ['lifetimeValue', 'big spenders', 'small spenders'],
  ['tenureDays', 'long-standing', 'new'],
  ['interactions', 'engaged', 'quiet'],
  ['openCases', 'with open cases', 'without open cases'],
  ['averageSatisfaction', 'satisfied', 'dissatisfied'],
  ['campaignResponses', 'responsive to campaigns', 'unresponsive to campaigns'],
];

/**
 * A segment in words from its standardised centre: each feature at least half a standard deviation
 * from the mean contributes its word, strongest first, e.g. "high value, recent, frequent".
 */
export function segmentLabel(
  features: readonly CustomerFeatureName[],
  standardisedCentre: ArrayLike<number>,
): string {
  const notable = WORDS.flatMap(([feature, above, below]) => {
    const index = features.indexOf(feature);
    const z = index === -1 ? 0 : (standardisedCentre[index] ?? 0);
    if (Math.abs(z) < NOTABLE) return [];
    return [{ word: z > 0 ? above : below, strength: Math.abs(z) }];
  });
  if (notable.length === 0) return 'typical customers';
  return notable
    .sort((left, right) => right.strength - left.strength)
    .slice(0, 3)
    .map((entry) => entry.word)
    .join(', ');
}

/** One sentence: the label, the size and what the average member looks like. */
export function segmentDescription(
  label: string,
  size: number,
  total: number,
  means: Readonly<Partial<Record<CustomerFeatureName, number>>>,
): string {
  const share = total === 0 ? 0 : Math.round((100 * size) / total);
  const sentence = label.charAt(0).toUpperCase() + label.slice(1);
  const round = (value: number | undefined, digits: number) => (value ?? 0).toFixed(digits);
  return (
    `${sentence}: ${size} customers (${share}%); on average ${round(means.frequency, 1)} paid orders worth ` +
    `${round(means.monetary, 2)} each, ${round(means.lifetimeValue, 2)} in all, the last ` +
    `${round(means.recencyDays, 0)} days ago, customers for ${round(means.tenureDays, 0)} days.`
  );
}
