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
      0,
    );
    const sends = async (count: number): Promise<void> => {
      while (sent < count) await new Promise((done) => setTimeout(done, 1));
    };

    notifier.poke();
    notifier.poke();
    await sends(1);
    notifier.poke();
    expect(sent).toBe(1);
    releases.shift()?.();
    await sends(2);
    releases.shift()?.();
    await notifier.drain();
    expect(sent).toBe(2);

    notifier.poke();
    await sends(3);
    releases.shift()?.();
    await notifier.drain();
    expect(sent).toBe(3);
  });

  it('reports a failed send and keeps working', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const notifier = new CoalescingNotifier(
      () => (fail ? Promise.reject(new Error('down')) : Promise.resolve()),
      (error) => errors.push(error),
      0,
    );
    notifier.poke();
    await notifier.drain();
    fail = false;
    notifier.poke();
    await notifier.drain();
    expect(errors).toHaveLength(1);
  });
});
