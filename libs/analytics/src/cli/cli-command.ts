/** One `crm-analytics` sub-command. `run` returns a JSON-serialisable result; main adds the timing. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  /** Options as node:util parseArgs declares them; every value arrives as a string or boolean. */
  readonly options: Readonly<
    Record<string, { readonly type: 'string' | 'boolean'; readonly description: string }>
  >;
  run(options: Readonly<Record<string, string | boolean | undefined>>): unknown;
}

/** Raised for bad arguments or bad input files: printed as `{ error }` with exit code 2, never a stack. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
