import 'reflect-metadata';
import { restoreBackup, SqliteEventStore } from '@crm/event-store';
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { loadGatewayConfig } from '../config/gateway-config';
import { progressBar } from './progress-bar';
import { rebuildReadModels } from './rebuild-read-models';

// `npm run restore -- <file.ndjson.gz>`: the events of a backup into an empty CRM_DATA_DIR, then every
// read model rebuilt from them (the standalone contexts started without HTTP until each projection has
// caught up), both with a progress bar. Start the gateway on that directory afterwards.
async function main(): Promise<void> {
  const source = process.argv[2];
  if (!source || !existsSync(source)) throw new Error('usage: npm run restore -- <backup.ndjson.gz>');
  const config = loadGatewayConfig();
  mkdirSync(config.dataDir, { recursive: true });
  const eventsFile = join(config.dataDir, 'events.db');
  const store = new SqliteEventStore(eventsFile);
  let restored: number;
  try {
    restored = await restoreBackup(
      createReadStream(source).pipe(createGunzip()),
      store,
      progressBar('events '),
    );
  } finally {
    await store.close();
  }
  console.log(`Restored ${restored} events from ${resolve(source)} into ${eventsFile}`);
  await rebuildReadModels(config, progressBar('rebuild'));
  console.log(`Every read model is rebuilt; start the gateway with CRM_DATA_DIR=${config.dataDir}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
