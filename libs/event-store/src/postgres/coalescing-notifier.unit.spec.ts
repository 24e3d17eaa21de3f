import { CoalescingNotifier } from './coalescing-notifier';

describe('CoalescingNotifier', () => {
  it('sends one NOTIFY per quiet period: pokes during a send are answered by one more', async () => {
    const releases: (() => void)[] = [];
    let sent = 0;
    const notifier = new CoalescingNotifier(
      () =>
        new Promise<void>((done) => {
          sent += 1;
          releases.push(done);
        }),
      () => undefined,
    );

    notifier.poke();
    notifier.poke();
    notifier.poke();
    expect(sent).toBe(1);
    releases.shift()?.();
    await new Promise((done) => setImmediate(done));
    expect(sent).toBe(2);
    releases.shift()?.();
    await notifier.drain();
    expect(sent).toBe(2);

    notifier.poke();
    expect(sent).toBe(3);
    releases.shift()?.();
    await notifier.drain();
  });

  it('reports a failed send and keeps working', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const notifier = new CoalescingNotifier(
      () => (fail ? Promise.reject(new Error('down')) : Promise.resolve()),
      (error) => errors.push(error),
    );
    notifier.poke();
    await notifier.drain();
    fail = false;
    notifier.poke();
    await notifier.drain();
    expect(errors).toHaveLength(1);
  });
});
