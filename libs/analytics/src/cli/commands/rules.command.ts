import { CliUsageError, type CliCommand } from '../cli-command';
import { associationRules, type AssociationRule } from '../../itemsets';
import { miningCommandOptions, numberOption, runMining } from './itemsets-input';

/**
 * `rules`: association rules, highest confidence then lift first. JSON has no Infinity, so a rule with
 * confidence 1 prints conviction as the string "Infinity".
 */
export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'Association rules with confidence, lift, leverage and conviction',
  options: {
    ...miningCommandOptions,
    'min-confidence': { type: 'string', description: 'in [0, 1], e.g. 0.5' },
    'max-consequent-length': { type: 'string', description: 'most items on the right-hand side (default 1)' },
    'min-items': { type: 'string', description: 'fewest items per rule, both sides together (default 2)' },
  },
  run(options) {
    const minConfidence = numberOption(options, 'min-confidence');
    const optional = (name: string): number | undefined =>
      options[name] === undefined ? undefined : numberOption(options, name);
    const { transactions, algorithm, result, limit } = runMining(options);
    let rules: AssociationRule[];
    try {
      rules = associationRules(result, {
        minConfidence,
        maxConsequentLength: optional('max-consequent-length'),
        minItems: optional('min-items'),
      });
    } catch (error) {
      if (error instanceof RangeError) throw new CliUsageError(error.message);
      throw error;
    }
    const names = (items: readonly number[]): string[] =>
      items.map((item) => transactions.itemNames[item] ?? '');
    const printed = [...rules]
      .sort((left, right) => right.confidence - left.confidence || right.lift - left.lift)
      .slice(0, limit)
      .map((rule) => ({
        ...rule,
        antecedent: names(rule.antecedent),
        consequent: names(rule.consequent),
        conviction: Number.isFinite(rule.conviction) ? rule.conviction : 'Infinity',
      }));
    return {
      algorithm,
      transactions: result.transactionCount,
      minSupport: result.minSupport,
      minCount: result.minCount,
      minConfidence,
      itemsetCount: result.itemsets.length,
      ruleCount: rules.length,
      rules: printed,
    };
  },
};
