import type { EventEnvelope, NewEvent } from '@crm/contracts';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { EventStore } from '../event-store.port';

export const BACKUP_FORMAT = 'crm-event-backup';
export const BACKUP_VERSION = 1;
const PAGE = 1000;

/** The first line of a backup: what it holds, so a restore can show progress and check it got it all. */
export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  readonly createdAt: string;
  readonly events: number;
}

export type Progress = (done: number, total: number) => void;

/**
 * Writes every event of the store, in global order, as NDJSON: a header line, then one envelope per
 * line (the global position as a decimal string). Any adapter's store can be backed up this way and
 * restored into any other. Resolves with the number of events written.
 */
export async function writeBackup(
  store: EventStore,
  output: Writable,
  onProgress: Progress = () => {},
): Promise<number> {
  const total = await countEvents(store);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    events: total,
  };
  await write(output, `${JSON.stringify(header)}\n`);
  let after = 0n;
  let written = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: PAGE });
    if (page.length === 0) break;
    const lines = page.map((event) =>
      JSON.stringify({ ...event, globalPosition: event.globalPosition.toString() }),
    );
    await write(output, `${lines.join('\n')}\n`);
    written += page.length;
    after = page.at(-1)?.globalPosition ?? after;
    onProgress(written, Math.max(total, written));
  }
  return written;
}

/**
 * Appends a backup's events to an empty store, stream by stream in their original global order, with
 * their ids, versions, times and metadata; the new store numbers them afresh in the same order. Refuses
 * a store that holds events (restoring is not merging) and a backup cut short. Resolves with the count.
 */
export async function restoreBackup(
  input: Readable,
  store: EventStore,
  onProgress: Progress = () => {},
): Promise<number> {
  if ((await store.readAll({ limit: 1 })).length > 0) {
    throw new Error('The target event store is not empty: restore into a fresh data directory or schema');
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let header: BackupHeader | undefined;
  let batch: EventEnvelope[] = [];
  let restored = 0;
  const flush = async (): Promise<void> => {
    const [first] = batch;
    if (first === undefined) return;
    const expectedVersion = first.streamVersion === 1 ? 'no-stream' : first.streamVersion - 1;
    await store.append(first.streamId, batch.map(newEventOf), { expectedVersion });
    restored += batch.length;
    batch = [];
    onProgress(restored, header?.events ?? restored);
  };
  for await (const line of lines) {
    if (line === '') continue;
    if (header === undefined) {
      header = headerOf(line);
      continue;
    }
    const event = envelopeOf(line);
    if (batch.length > 0 && batch[0]?.streamId !== event.streamId) await flush();
    batch.push(event);
  }
  await flush();
  if (header === undefined) throw new Error('The backup is empty: no header line');
  if (restored !== header.events)
    throw new Error(
      `The backup is incomplete: its header promises ${header.events} events, it holds ${restored}`,
    );
  return restored;
}

async function countEvents(store: EventStore): Promise<number> {
  let count = 0;
  let after = 0n;
  for (;;) {
    const page = await store.readAll({ after, limit: PAGE });
    if (page.length === 0) return count;
    count += page.length;
    after = page.at(-1)?.globalPosition ?? after;
  }
}

function headerOf(line: string): BackupHeader {
  const header = JSON.parse(line) as Partial<BackupHeader>;
  if (
    header.format !== BACKUP_FORMAT ||
    header.version !== BACKUP_VERSION ||
    typeof header.events !== 'number'
  )
    throw new Error(`Not a ${BACKUP_FORMAT} version ${BACKUP_VERSION} file`);
  return header as BackupHeader;
}

function envelopeOf(line: string): EventEnvelope {
  const stored = JSON.parse(line) as Omit<EventEnvelope, 'globalPosition'> & { globalPosition: string };
  return { ...stored, globalPosition: BigInt(stored.globalPosition) };
}

function newEventOf(event: EventEnvelope): NewEvent {
  const { streamId: _stream, streamVersion: _version, globalPosition: _position, ...newEvent } = event;
  return newEvent;
}

function write(output: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (output.write(chunk)) resolve();
    else output.once('drain', resolve).once('error', reject);
  });
}
