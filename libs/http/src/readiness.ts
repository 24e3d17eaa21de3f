/** What a readiness check looks at, by name: each probe resolves when its dependency answers. */
export type ReadinessProbes = Readonly<Record<string, () => Promise<unknown>>>;

export interface ReadinessReport {
  readonly status: 'ok' | 'unavailable';
  readonly checks: Readonly<Record<string, 'up' | 'down'>>;
}

/** Runs every probe at once; ready only when all of them answer. */
export async function checkReadiness(probes: ReadinessProbes): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(probes).map(async ([name, check]) => [name, await probe(check)] as const),
  );
  const checks = Object.fromEntries(entries);
  const up = Object.values(checks).every((state) => state === 'up');
  return { status: up ? 'ok' : 'unavailable', checks };
}

async function probe(check: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await check();
    return 'up';
  } catch {
    return 'down';
  }
}
