import { describeWithServer } from '@crm/test-servers';
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { PostgresLeaderLock } from './postgres-leader-lock';

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describeWithServer('postgres', PostgresLeaderLock.name, (connectionString) => {
  const locks: PostgresLeaderLock[] = [];
  const lockOf = (name: string): PostgresLeaderLock => {
    const lock = new PostgresLeaderLock(connectionString, name, { retryIntervalMs: 50 });
    locks.push(lock);
    return lock;
  };
  afterEach(async () => {
    await Promise.all(locks.splice(0).map((lock) => lock.stop()));
  });

  it('lets one of two replicas lead, and hands over when the leader stops', async () => {
    const name = `relay:${randomUUID()}`;
    const events: string[] = [];
    const replica = (id: string) => ({
      lead: () => Promise.resolve(void events.push(`${id} leads`)),
      follow: () => Promise.resolve(void events.push(`${id} follows`)),
    });
    const first = lockOf(name);
    first.start(replica('first'));
    await until(() => first.isLeader);
    const second = lockOf(name);
    second.start(replica('second'));
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(second.isLeader).toBe(false);
    await first.stop();
    await until(() => second.isLeader);

    expect(events).toEqual(['first leads', 'first follows', 'second leads']);
  });

  it('stops leading when its connection is killed, and leads again after reconnecting', async () => {
    const name = `relay:${randomUUID()}`;
    let leads = 0;
    let follows = 0;
    const lock = lockOf(name);
    lock.start({
      lead: () => {
        leads += 1;
        return Promise.resolve();
      },
      follow: () => {
        follows += 1;
        return Promise.resolve();
      },
    });
    await until(() => lock.isLeader);

    const admin = new Client({ connectionString });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks
       WHERE locktype = 'advisory' AND objid = (hashtextextended($1, 0) & x'ffffffff'::bigint)::oid`,
      [name],
    );
    await admin.end();
    await until(() => follows === 1 && leads === 2);

    expect(lock.isLeader).toBe(true);
  });
});
