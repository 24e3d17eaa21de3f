import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBasketLines, TransactionSet } from './transaction-set';

// A verbatim copy of the shared Groceries data set (its sha256 is checked in the spec), so a clone is
// self-contained.
export const GROCERIES_CSV = resolve(__dirname, '../../test-fixtures/itemsets/groceries.csv');

let cached: TransactionSet | undefined;

export function groceries(): TransactionSet {
  cached ??= TransactionSet.fromBaskets(parseBasketLines(readFileSync(GROCERIES_CSV, 'utf8')));
  return cached;
}
