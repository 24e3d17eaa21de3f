import { NestFactory } from '@nestjs/core';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { StandaloneAppModule } from '../app.module';
import type { GatewayConfig } from '../config/gateway-config';

const POLL_MS = 200;

/**
 * Starts the standalone contexts without HTTP, so their projections catch up with the event store from
 * wherever their checkpoints stand (nowhere, after a restore), and reports how far the slowest one is
 * until every projection has reached the store's last event.
 */
export async function rebuildReadModels(
  config: GatewayConfig,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const head = lastPosition(join(config.dataDir, 'events.db'));
  if (head === 0) return;
  const app = await NestFactory.createApplicationContext(StandaloneAppModule.forConfig(config), {
    logger: ['error'],
  });
  try {
    const checkpoints = new Database(join(config.dataDir, 'read-models.db'), { readonly: true });
    try {
      for (;;) {
        const rows = checkpoints
          .prepare("SELECT position FROM read_model_checkpoints WHERE name LIKE 'projection:%'")
          .all() as { position: number }[];
        const slowest = rows.length === 0 ? 0 : Math.min(...rows.map((row) => row.position));
        onProgress(Math.min(slowest, head), head);
        if (rows.length > 0 && slowest >= head) return;
        await new Promise((done) => setTimeout(done, POLL_MS));
      }
    } finally {
      checkpoints.close();
    }
  } finally {
    await app.close();
  }
}

function lastPosition(eventsFile: string): number {
  const events = new Database(eventsFile, { readonly: true });
  try {
    return (
      events.prepare('SELECT coalesce(max(global_position), 0) AS head FROM events').get() as { head: number }
    ).head;
  } finally {
    events.close();
  }
}
