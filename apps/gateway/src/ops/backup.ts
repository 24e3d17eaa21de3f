import 'reflect-metadata';
import { SqliteEventStore, writeBackup } from '@crm/event-store';
import { createWriteStream, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import { progressBar } from './progress-bar';

// `npm run backup -- <file.ndjson.gz>`: every event of the standalone store under CRM_DATA_DIR, in
// global order, gzipped NDJSON (libs/event-store/src/backup). Safe while the gateway runs (WAL reads).
async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) throw new Error('usage: npm run backup -- <backup.ndjson.gz>');
  const dataDir = resolve(process.env['CRM_DATA_DIR'] ?? './data');
  const eventsFile = join(dataDir, 'events.db');
  if (!existsSync(eventsFile)) throw new Error(`No event store at ${eventsFile} (set CRM_DATA_DIR)`);
  const store = new SqliteEventStore(eventsFile);
  try {
    const lines = new PassThrough();
    const written = pipeline(lines, createGzip(), createWriteStream(target));
    const count = await writeBackup(store, lines, progressBar('backup '));
    lines.end();
    await written;
    console.log(`Backed up ${count} events from ${eventsFile} to ${resolve(target)}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
