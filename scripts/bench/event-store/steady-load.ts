/** Latencies of an open-loop load: each command is timed from when it was due, not when it started. */
export interface SteadyLoadResult {
  readonly latenciesMs: readonly number[];
  readonly failures: number;
  readonly firstError: unknown;
  /** Commands started per second over the whole run. */
  readonly startedPerSecond: number;
}

/** Returns when the command's effect is complete, as a `performance.now()` timestamp. */
export type TimedCommand = (index: number) => Promise<number>;

/**
 * Starts `ratePerSecond` commands per second for `durationMs` whether or not earlier ones have finished,
 * so a slow system shows up as latency instead of quietly lowering the rate (no coordinated omission).
 */
export async function runSteadyLoad(
  ratePerSecond: number,
  durationMs: number,
  command: TimedCommand,
): Promise<SteadyLoadResult> {
  const total = Math.round((ratePerSecond * durationMs) / 1000);
  const intervalMs = 1000 / ratePerSecond;
  const latenciesMs: number[] = [];
  const failures: unknown[] = [];
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let index = 0; index < total; index++) {
    const due = started + index * intervalMs;
    const wait = due - performance.now();
    if (wait >= 1) await sleep(wait);
    inFlight.push(
      command(index).then(
        (completedAt) => {
          latenciesMs.push(completedAt - due);
        },
        (error: unknown) => {
          failures.push(error);
        },
      ),
    );
  }
  const startedPerSecond = total / ((performance.now() - started) / 1000);
  await Promise.all(inFlight);
  return { latenciesMs, failures: failures.length, firstError: failures[0], startedPerSecond };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
