import { PassThrough, Readable } from 'node:stream';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { buildNewEvent } from '../testing/build-new-event';
import { restoreBackup, writeBackup } from './event-backup';

async function backupOf(store: InMemoryEventStore): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeBackup(store, output);
  output.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('event store backup and restore', () => {
  it('restores every event, in order, with its ids, versions and metadata, into another store', async () => {
    const source = new InMemoryEventStore();
    await source.append('customer.customer-1', [buildNewEvent({ type: 'a' }), buildNewEvent({ type: 'b' })], {
      expectedVersion: 'no-stream',
    });
    await source.append('sales.order-1', [buildNewEvent({ type: 'c', data: { amount: '0.30' } })], {
      expectedVersion: 'no-stream',
    });
    await source.append('customer.customer-1', [buildNewEvent({ type: 'd' })], { expectedVersion: 2 });
    const backup = await backupOf(source);
    expect(backup.split('\n')[0]).toContain('"events":4');

    const target = new InMemoryEventStore();
    const progress: number[] = [];
    expect(await restoreBackup(Readable.from([backup]), target, (done) => progress.push(done))).toBe(4);
    const strip = ({ globalPosition: _position, ...event }: { globalPosition: bigint }) => event;
    expect((await target.readAll()).map(strip)).toEqual((await source.readAll()).map(strip));
    expect(progress.at(-1)).toBe(4);
  });

  it('refuses a store that holds events, and a backup cut short', async () => {
    const source = new InMemoryEventStore();
    await source.append('s-1', [buildNewEvent({ type: 'a' }), buildNewEvent({ type: 'b' })], {
      expectedVersion: 'no-stream',
    });
    const backup = await backupOf(source);
    await expect(restoreBackup(Readable.from([backup]), source)).rejects.toThrow('not empty');
    const cut = backup.split('\n').slice(0, 2).join('\n');
    await expect(restoreBackup(Readable.from([cut]), new InMemoryEventStore())).rejects.toThrow(
      'promises 2 events, it holds 1',
    );
    await expect(
      restoreBackup(Readable.from(['{"format":"zip"}\n']), new InMemoryEventStore()),
    ).rejects.toThrow('Not a crm-event-backup');
  });
});
