import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads one golden file written by reference/stats_reference.py. */
export function loadStatsFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, name), 'utf8')) as unknown;
}

/** Asserts |actual - expected| <= tolerance · max(1, |expected|): relative for large values, absolute near 0. */
export function expectClose(actual: number | null | undefined, expected: number, tolerance = 1e-12): void {
  if (actual === null || actual === undefined) throw new Error(`expected ${expected}, got ${String(actual)}`);
  const allowed = tolerance * Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= allowed)) {
    throw new Error(
      `expected ${expected} ± ${allowed}, got ${actual} (off by ${Math.abs(actual - expected)})`,
    );
  }
}

/** expectClose for every entry of two equally long sequences. */
export function expectAllClose(
  actual: ArrayLike<number | null>,
  expected: readonly number[],
  tolerance = 1e-12,
): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((value, index) => {
    expectClose(actual[index], value, tolerance);
  });
}
