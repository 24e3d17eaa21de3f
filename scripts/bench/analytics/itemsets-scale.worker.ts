import { countByLength, fpGrowth, generateQuestTransactions, SeededRandom } from '@crm/analytics';

// Run in its own process by itemsets.bench.ts so that peak RSS belongs to this run alone.
const minSupport = 0.01;
const generationStarted = process.hrtime.bigint();
const transactions = generateQuestTransactions(
  { transactions: 1_000_000, meanTransactionSize: 10, meanPatternSize: 4, patterns: 2000, items: 1000 },
  new SeededRandom(20260101),
);
const miningStarted = process.hrtime.bigint();
const result = fpGrowth(transactions, { minSupport });
const finished = process.hrtime.bigint();
process.stdout.write(
  JSON.stringify({
    minSupport,
    generationSeconds: Number(miningStarted - generationStarted) / 1e9,
    miningSeconds: Number(finished - miningStarted) / 1e9,
    itemsets: result.itemsets.length,
    countsByLength: countByLength(result.itemsets),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }) + '\n',
);
