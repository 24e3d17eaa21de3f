import { CliUsageError } from './cli-command';

/** Parsed option values as CliCommand.run receives them. */
export type CliOptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** A string option the command cannot run without. */
export function requiredString(options: CliOptionValues, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '') throw new CliUsageError(`--${name} is required`);
  return value;
}

/** A comma-separated list such as `--columns recency,frequency`; undefined when absent. */
export function optionalList(options: CliOptionValues, name: string): string[] | undefined {
  const value = options[name];
  if (typeof value !== 'string') return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) throw new CliUsageError(`--${name} needs at least one name`);
  return items;
}

/** A whole number >= minimum, or the fallback when absent. */
export function optionalInteger(
  options: CliOptionValues,
  name: string,
  fallback: number,
  minimum = 1,
): number {
  const value = options[name];
  if (typeof value !== 'string') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < minimum) {
    throw new CliUsageError(`--${name} must be a whole number >= ${minimum}, got "${value}"`);
  }
  return parsed;
}

/** A number, or the fallback when absent. */
export function optionalNumber(options: CliOptionValues, name: string, fallback: number): number {
  const value = options[name];
  if (typeof value !== 'string') return fallback;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed))
    throw new CliUsageError(`--${name} must be a number, got "${value}"`);
  return parsed;
}

/** One of a fixed set of words, or the first of them when absent. */
export function optionalChoice<const Choice extends string>(
  options: CliOptionValues,
  name: string,
  choices: readonly [Choice, ...Choice[]],
): Choice {
  const value = options[name];
  if (value === undefined) return choices[0];
  const match = choices.find((choice) => choice === value);
  if (match === undefined)
    throw new CliUsageError(`--${name} must be one of ${choices.join(', ')}, got "${String(value)}"`);
  return match;
}
