import { randomBytes } from 'node:crypto';
import { PostgresEventStore } from '@crm/event-store';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import { appendSlot, benchEvent } from './bench-event';
import { createRawEventsTable, insertRawEvent } from './raw-insert';

export type AppendTargetKind = 'ours' | 'emmett' | 'raw-insert';

export const APPEND_TARGET_KINDS: readonly AppendTargetKind[] = ['ours', 'emmett', 'raw-insert'];

/** One event store under load: appends one event per call, in streams of EVENTS_PER_STREAM events. */
export interface AppendTarget {
  append(writer: number, sequence: number): Promise<void>;
  close(): Promise<void>;
}

/** Every target gets a pool as large as the number of writers, so none waits for a connection. */
export function openAppendTarget(
  kind: AppendTargetKind,
  url: string,
  poolSize: number,
): Promise<AppendTarget> {
  const prefix = randomBytes(4).toString('hex');
  switch (kind) {
    case 'ours':
      return openOurStore(url, poolSize, prefix);
    case 'emmett':
      return Promise.resolve(openEmmettStore(url, poolSize, prefix));
    case 'raw-insert':
      return openRawInsert(url, poolSize, prefix);
  }
}

async function openOurStore(url: string, poolSize: number, prefix: string): Promise<AppendTarget> {
  const store = await PostgresEventStore.create(url, { schema: 'bench_ours', poolSize });
  return {
    append: async (writer, sequence) => {
      const { streamId, expectedVersion } = appendSlot(prefix, writer, sequence);
      await store.append(streamId, [benchEvent()], { expectedVersion });
    },
    close: () => store.close(),
  };
}

// Emmett keeps its tables in the database's default schema, next to ours in the same scratch database.
function openEmmettStore(url: string, poolSize: number, prefix: string): AppendTarget {
  const pool = new Pool({ connectionString: url, max: poolSize });
  const store = getPostgreSQLEventStore(url, { connectionOptions: { pool } });
  return {
    append: async (writer, sequence) => {
      const { streamId, expectedVersion } = appendSlot(prefix, writer, sequence);
      const { type, data, id, ...metadata } = benchEvent();
      await store.appendToStream(streamId, [{ type, data, metadata: { ...metadata, eventId: id } }], {
        expectedStreamVersion: BigInt(expectedVersion),
      });
    },
    close: async () => {
      await store.close();
      await pool.end();
    },
  };
}

async function openRawInsert(url: string, poolSize: number, prefix: string): Promise<AppendTarget> {
  const pool = new Pool({ connectionString: url, max: poolSize });
  await createRawEventsTable(pool);
  return {
    append: async (writer, sequence) => {
      const { streamId, expectedVersion } = appendSlot(prefix, writer, sequence);
      await insertRawEvent(pool, benchEvent(), streamId, expectedVersion + 1);
    },
    close: () => pool.end(),
  };
}
