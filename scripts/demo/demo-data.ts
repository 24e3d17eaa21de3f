import { stringify } from 'csv-stringify/sync';

/** A small seeded generator (mulberry32): the same demo tenant on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = [
  { country: 'DE', cities: ['Berlin', 'Hamburg', 'Munich', 'Cologne'] },
  { country: 'AT', cities: ['Vienna', 'Graz'] },
  { country: 'CH', cities: ['Zurich', 'Geneva'] },
  { country: 'FR', cities: ['Paris', 'Lyon'] },
  { country: 'NL', cities: ['Amsterdam', 'Rotterdam'] },
];
const ACQUISITION = ['direct', 'retail', 'e-commerce', 'partner', 'referral', 'event', 'marketing'];
const FIRST = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Emma',
  'Felix',
  'Greta',
  'Hugo',
  'Ida',
  'Jonas',
  'Lea',
  'Max',
];
const LAST = [
  'Schmidt',
  'Weber',
  'Fischer',
  'Wagner',
  'Becker',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
];
const COMPANY = ['Handel', 'Markt', 'Feinkost', 'Bistro', 'Kantine', 'Laden'];

/** `count` customers over five countries and seven acquisition channels, as a customers import file. */
export function demoCustomersCsv(count: number, random: () => number): { csv: string; refs: string[] } {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const rows = Array.from({ length: count }, (_, index) => {
    const region = pick(REGIONS);
    const company = random() < 0.25;
    const name = company ? `${pick(LAST)} ${pick(COMPANY)} GmbH` : `${pick(FIRST)} ${pick(LAST)}`;
    const ref = `DEMO-C-${String(index + 1).padStart(5, '0')}`;
    const email = `${ref.toLowerCase()}@demo.example`;
    const status = random() < 0.8 ? 'active' : 'prospect';
    return [
      ref,
      company ? 'company' : 'person',
      name,
      email,
      status,
      pick(ACQUISITION),
      `Demo Street ${index + 1}`,
      pick(region.cities),
      region.country,
    ];
  });
  const header = ['externalRef', 'type', 'name', 'email', 'status', 'channel', 'line1', 'city', 'country'];
  return { csv: stringify([header, ...rows]), refs: rows.map((row) => row[0] as string) };
}

const CATEGORIES: readonly [RegExp, string][] = [
  [/milk|cheese|yogurt|cream|curd|butter/, 'dairy'],
  [/beer|wine|soda|water|juice|coffee|tea|liquor|spirits|prosecco|brandy|rum|whisky|beverages/, 'beverages'],
  [/fruit|vegetables|onions|herbs|berries|grapes/, 'produce'],
  [/meat|sausage|pork|beef|chicken|ham|turkey|fish|frankfurter/, 'meat and fish'],
  [/bread|rolls|pastry|cake|waffles|zwieback/, 'bakery'],
  [/frozen/, 'frozen'],
  [/cleaner|detergent|soap|care|cosmetics|towels|napkins|bags|film/, 'household'],
];

export function categoryOf(item: string): string {
  return CATEGORIES.find(([pattern]) => pattern.test(item))?.[1] ?? 'grocery';
}

/** A stable price per item, 0.49 to 9.99. */
export function priceOf(item: string): string {
  let hash = 0;
  for (const char of item) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return (0.49 + (hash % 951) / 100).toFixed(2);
}

/** Monthly weight of orders: a quiet February, a busy December. */
const SEASON = [0.8, 0.7, 0.9, 1, 1, 1.05, 1, 0.95, 1, 1.1, 1.25, 1.6];

/**
 * The grocery baskets as the demo customers' orders over the twelve months before `end`, more of
 * them in the busy months; every order is paid or shipped (none cancelled, so basket analysis keeps
 * the Groceries figures), mostly retail, some e-commerce.
 */
export function demoOrdersCsv(
  baskets: readonly (readonly string[])[],
  customerRefs: readonly string[],
  end: Date,
  random: () => number,
  skuOf: (item: string) => string,
): string {
  const months = SEASON.map((weight, month) => ({ weight, month }));
  const totalWeight = SEASON.reduce((sum, weight) => sum + weight, 0);
  const startYear = end.getUTCFullYear() - 1;
  const rows = baskets.flatMap((items, index) => {
    let draw = random() * totalWeight;
    const month = months.find(({ weight }) => (draw -= weight) <= 0)?.month ?? 11;
    const day = 1 + Math.floor(random() * 28);
    const orderedAt = new Date(
      Date.UTC(startYear, month + (end.getUTCMonth() + 1), day, 8 + Math.floor(random() * 12)),
    );
    const at = orderedAt > end ? new Date(end.getTime() - (index + 1) * 60_000) : orderedAt;
    const customer = customerRefs[Math.floor(random() ** 1.6 * customerRefs.length)] as string;
    const channel = random() < 0.8 ? 'retail' : 'e-commerce';
    const status = random() < 0.7 ? 'paid' : 'shipped';
    return items.map((item) => [
      `DEMO-O-${index + 1}`,
      customer,
      at.toISOString(),
      channel,
      skuOf(item),
      1,
      priceOf(item),
      'EUR',
      status,
      item,
      categoryOf(item),
    ]);
  });
  const header = [
    'orderRef',
    'customerRef',
    'orderedAt',
    'channel',
    'sku',
    'quantity',
    'unitPrice',
    'currency',
    'status',
    'productName',
    'category',
  ];
  return stringify([header, ...rows]);
}
