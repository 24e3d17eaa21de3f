import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliUsageError } from '../cli-command';
import { itemsetsCommand } from './itemsets.command';
import { rulesCommand } from './rules.command';

const directory = mkdtempSync(join(tmpdir(), 'itemsets-cli-'));
const basketsFile = join(directory, 'baskets.csv');
const ordersFile = join(directory, 'orders.csv');
writeFileSync(basketsFile, 'bread,milk\nbread,butter \nbread,butter,milk\nmilk\n');
writeFileSync(ordersFile, 'orderRef,sku,quantity\nA,bread,1\nA,milk,2\nB,bread,1\nB,butter,1\nB,bread,1\n');

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('itemsets command', () => {
  it('prints counts by length and the itemsets with names and supports', async () => {
    const output = await itemsetsCommand.run({
      input: basketsFile,
      'min-support': '0.5',
      algorithm: 'eclat',
    });
    expect(output).toMatchObject({
      transactions: 4,
      minCount: 2,
      itemsetCount: 5,
      countsByLength: [3, 2],
      itemsets: expect.arrayContaining([{ items: ['bread', 'butter'], count: 2, support: 0.5 }]) as unknown,
    });
  });

  it('reads an orders CSV as one basket per orderRef', async () => {
    const output = await itemsetsCommand.run({ input: ordersFile, 'min-support': '1', limit: '1' });
    expect(output).toMatchObject({
      transactions: 2,
      itemsetCount: 1,
      itemsets: [{ items: ['bread'], count: 2 }],
    });
  });

  it('rejects bad options with a usage error', () => {
    expect(() => itemsetsCommand.run({ input: basketsFile, 'min-support': '0' })).toThrow(CliUsageError);
    expect(() => itemsetsCommand.run({ input: basketsFile, 'min-support': 'x' })).toThrow(CliUsageError);
    expect(() =>
      itemsetsCommand.run({ input: basketsFile, 'min-support': '0.5', algorithm: 'magic' }),
    ).toThrow(CliUsageError);
    expect(() =>
      itemsetsCommand.run({ input: join(directory, 'missing.csv'), 'min-support': '0.5' }),
    ).toThrow(CliUsageError);
  });
});

describe('rules command', () => {
  it('prints rules by confidence with an infinite conviction as "Infinity"', async () => {
    const output = await rulesCommand.run({
      input: basketsFile,
      'min-support': '0.5',
      'min-confidence': '0.9',
    });
    expect(output).toMatchObject({
      ruleCount: 1,
      rules: [{ antecedent: ['butter'], consequent: ['bread'], confidence: 1, conviction: 'Infinity' }],
    });
    expect(JSON.parse(JSON.stringify(output))).toEqual(output);
  });

  it('rejects a confidence above 1', () => {
    expect(() =>
      rulesCommand.run({ input: basketsFile, 'min-support': '0.5', 'min-confidence': '2' }),
    ).toThrow(CliUsageError);
  });
});
