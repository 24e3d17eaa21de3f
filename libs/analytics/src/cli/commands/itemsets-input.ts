import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { CliUsageError } from '../cli-command';
import {
  apriori,
  eclat,
  fpGrowth,
  parseBasketLines,
  TransactionSet,
  type FrequentItemsetResult,
  type MiningOptions,
} from '../../itemsets';

const algorithms = { apriori, eclat, fpgrowth: fpGrowth } as const;
type AlgorithmName = keyof typeof algorithms;
type Options = Readonly<Record<string, string | boolean | undefined>>;

export const miningCommandOptions = {
  input: {
    type: 'string',
    description:
      'baskets file (one basket per line, items comma-separated) or orders CSV with orderRef,sku columns',
  },
  'min-support': { type: 'string', description: 'fraction of transactions in (0, 1], e.g. 0.01' },
  algorithm: { type: 'string', description: 'apriori | eclat | fpgrowth (default fpgrowth)' },
  'max-length': { type: 'string', description: 'longest itemset to mine' },
  limit: { type: 'string', description: 'most entries to print (default 100)' },
} as const;

export interface MiningRun {
  readonly transactions: TransactionSet;
  readonly algorithm: AlgorithmName;
  readonly result: FrequentItemsetResult;
  readonly limit: number;
}

/** Reads the input file and mines it as the shared options say; bad options raise CliUsageError. */
export function runMining(options: Options): MiningRun {
  const transactions = loadTransactions(stringOption(options, 'input'));
  const algorithm = (options['algorithm'] ?? 'fpgrowth') as string;
  if (!(algorithm in algorithms)) throw new CliUsageError(`--algorithm must be apriori, eclat or fpgrowth`);
  const mine = algorithms[algorithm as AlgorithmName];
  const maxLength = options['max-length'] === undefined ? undefined : numberOption(options, 'max-length');
  const mining: MiningOptions = { minSupport: numberOption(options, 'min-support'), maxLength };
  const limit = options['limit'] === undefined ? 100 : numberOption(options, 'limit');
  if (!Number.isInteger(limit) || limit < 0) throw new CliUsageError('--limit must be a whole number >= 0');
  try {
    return { transactions, algorithm: algorithm as AlgorithmName, result: mine(transactions, mining), limit };
  } catch (error) {
    if (error instanceof RangeError) throw new CliUsageError(error.message);
    throw error;
  }
}

export function stringOption(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value.length === 0) throw new CliUsageError(`--${name} is required`);
  return value;
}

export function numberOption(options: Options, name: string): number {
  const value = Number(stringOption(options, name));
  if (!Number.isFinite(value)) throw new CliUsageError(`--${name} must be a number`);
  return value;
}

function loadTransactions(path: string): TransactionSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliUsageError(`cannot read --input ${path}`);
  }
  const header = (text.split(/\r?\n/, 1)[0] ?? '').split(',').map((column) => column.trim());
  if (header.includes('orderRef') && header.includes('sku'))
    return TransactionSet.fromBaskets(ordersToBaskets(text));
  return TransactionSet.fromBaskets(parseBasketLines(text));
}

// One transaction per orderRef, in order of first appearance.
function ordersToBaskets(text: string): string[][] {
  const rows = parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true, trim: true });
  const baskets = new Map<string, string[]>();
  for (const row of rows) {
    const order = row['orderRef'];
    const sku = row['sku'];
    if (!order || !sku) continue;
    const basket = baskets.get(order) ?? [];
    basket.push(sku);
    baskets.set(order, basket);
  }
  return [...baskets.values()];
}
