/** One append by writer `writer`, its `sequence`-th (0-based). */
export type AppendOnce = (writer: number, sequence: number) => Promise<void>;

export interface LoadResult {
  readonly appends: number;
  readonly seconds: number;
  readonly perSecond: number;
}

/** Runs `writers` loops that each append one event at a time until `durationMs` has passed. */
export async function measureAppends(
  writers: number,
  durationMs: number,
  appendOnce: AppendOnce,
): Promise<LoadResult> {
  // A short warm-up: connections, prepared statements, first stream rows.
  await Promise.all(Array.from({ length: writers }, (_, writer) => appendOnce(writer, 0)));
  const started = performance.now();
  const until = started + durationMs;
  const counts = await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      let sequence = 1;
      while (performance.now() < until) {
        await appendOnce(writer, sequence);
        sequence += 1;
      }
      return sequence - 1;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const appends = counts.reduce((sum, count) => sum + count, 0);
  return { appends, seconds, perSecond: appends / seconds };
}
