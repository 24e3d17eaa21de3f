import { type CliCommand } from '../cli-command';
import { countByLength, withItemNames } from '../../itemsets';
import { miningCommandOptions, runMining } from './itemsets-input';

/** `itemsets`: frequent itemsets of a baskets or orders file, most supported first. */
export const itemsetsCommand: CliCommand = {
  name: 'itemsets',
  summary: 'Frequent itemsets (Apriori, Eclat or FP-Growth) with support counts',
  options: miningCommandOptions,
  run(options) {
    const { transactions, algorithm, result, limit } = runMining(options);
    const itemsets = withItemNames(result.itemsets, transactions)
      .sort((left, right) => right.count - left.count || left.items.length - right.items.length)
      .slice(0, limit);
    return {
      algorithm,
      transactions: result.transactionCount,
      items: transactions.itemCount,
      minSupport: result.minSupport,
      minCount: result.minCount,
      itemsetCount: result.itemsets.length,
      countsByLength: countByLength(result.itemsets),
      itemsets,
    };
  },
};
