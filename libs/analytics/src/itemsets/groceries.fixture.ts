import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBasketLines, TransactionSet } from './transaction-set';

// The shared reference data sits beside the repository; CRM_DATASETS points elsewhere when needed.
const datasetsDirectory = process.env['CRM_DATASETS'] ?? resolve(__dirname, '../../../../../shared/datasets');

let cached: TransactionSet | undefined;

export function groceries(): TransactionSet {
  cached ??= TransactionSet.fromBaskets(
    parseBasketLines(readFileSync(resolve(datasetsDirectory, 'groceries.csv'), 'utf8')),
  );
  return cached;
}
