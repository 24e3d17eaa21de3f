import { join } from 'node:path';
import { openMongoConnection } from '@crm/read-models';
import { measureAppendThroughput, type AppendThroughput } from './event-store/append-throughput';
import {
  assertReachable,
  createScratchDatabase,
  repositoryRoot,
  requireServerAddress,
} from './event-store/bench-servers';
import { eventStoreVerdict } from './event-store/event-store-report';
import { publishReport } from './event-store/markdown-report';
import { measureReadModelLatency } from './event-store/read-model-latency';

// bench:event-store — appends/s of our PostgreSQL store against Emmett's and a raw INSERT ceiling at 1 and
// 16 writers, and command-to-read-model latency through our projection runner into FerretDB.
const DURATION_SECONDS = Number(process.env['BENCH_DURATION_SECONDS'] ?? 10);
const COMMAND_RATE = Number(process.env['BENCH_COMMAND_RATE'] ?? 500);
const WRITER_COUNTS = [1, 16];

async function main(): Promise<void> {
  const postgresUrl = requireServerAddress('postgres');
  const mongoUrl = requireServerAddress('mongo');
  await assertReachable('mongo', mongoUrl, () => probeMongo(mongoUrl));
  const scratch = await createScratchDatabase(postgresUrl, 'crm_bench_event_store');
  const mongoDatabase = `crm_bench_${Date.now().toString(36)}`;
  try {
    const throughput: AppendThroughput[] = [];
    for (const writers of WRITER_COUNTS) {
      console.log(`Appends with ${writers} writer(s):`);
      throughput.push(await measureAppendThroughput(scratch.url, writers, DURATION_SECONDS * 1000));
    }
    console.log('Command to read model:');
    const latency = await measureReadModelLatency(
      { postgresUrl: scratch.url, mongoUrl, mongoDatabase },
      COMMAND_RATE,
      DURATION_SECONDS * 1000,
    );
    const verdict = eventStoreVerdict({
      durationSeconds: DURATION_SECONDS,
      commandRate: COMMAND_RATE,
      throughput,
      latency,
    });
    publishReport(verdict.report, join(repositoryRoot(), 'docs/benchmarks/event-store.md'));
    if (!verdict.pass) process.exitCode = 1;
  } finally {
    await scratch.drop();
    await dropMongoDatabase(mongoUrl, mongoDatabase);
  }
}

async function probeMongo(url: string): Promise<void> {
  const connection = await openMongoConnection(url, { serverSelectionTimeoutMS: 5000 });
  await connection.close();
}

async function dropMongoDatabase(url: string, database: string): Promise<void> {
  const connection = await openMongoConnection(url, { database });
  try {
    await connection.db?.dropDatabase();
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
