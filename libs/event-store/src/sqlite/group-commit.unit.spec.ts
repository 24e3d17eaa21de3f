import { GroupCommit, type Settled } from './group-commit';

describe('GroupCommit', () => {
  it('commits the jobs of one event-loop turn together, in order, and settles each on its own', async () => {
    const batches: number[][] = [];
    const commits = new GroupCommit<number, number>((jobs) => {
      batches.push([...jobs]);
      return jobs.map((job): Settled<number> =>
        job < 0 ? { ok: false, error: new Error(`bad ${job}`) } : { ok: true, value: job * 10 },
      );
    });

    const first = [commits.submit(1), commits.submit(-2), commits.submit(3)];
    const results = await Promise.allSettled(first);
    const later = await commits.submit(4);

    expect(batches).toEqual([[1, -2, 3], [4]]);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : 'rejected'))).toEqual([
      10,
      'rejected',
      30,
    ]);
    expect(later).toBe(40);
  });

  it('fails every job of a batch whose commit throws', async () => {
    const commits = new GroupCommit<number, number>(() => {
      throw new Error('disk full');
    });

    const results = await Promise.allSettled([commits.submit(1), commits.submit(2)]);

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });

  it('commits waiting jobs at once on flush', async () => {
    const batches: number[][] = [];
    const commits = new GroupCommit<number, number>((jobs) => {
      batches.push([...jobs]);
      return jobs.map((job) => ({ ok: true, value: job }));
    });
    const pending = commits.submit(7);

    commits.flush();

    expect(batches).toEqual([[7]]);
    await expect(pending).resolves.toBe(7);
  });
});
