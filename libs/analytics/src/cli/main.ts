import { parseArgs } from 'node:util';
import { type CliCommand, CliUsageError } from './cli-command';
import { cliCommands } from './commands';

/** Where the CLI writes; tests pass collectors, the bin passes the process streams. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Runs one `crm-analytics <command> [--options]` invocation and resolves to the exit code: 0 on
 * success (JSON `{ command, ...result, timeMs }` on stdout), 2 for bad arguments or bad input, 1 for
 * anything unexpected. Errors are one JSON line `{ "error": message }` on stderr, never a stack trace.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo = processIo,
  commands: readonly CliCommand[] = cliCommands,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage(commands));
    return 0;
  }
  try {
    if (name === undefined) throw new CliUsageError('no command given; run crm-analytics --help');
    const command = commands.find((candidate) => candidate.name === name);
    if (command === undefined) {
      throw new CliUsageError(
        `unknown command "${name}"; commands: ${commands.map((known) => known.name).join(', ')}`,
      );
    }
    const options = parseOptions(command, rest);
    if (options['help'] === true) {
      io.stdout(commandUsage(command));
      return 0;
    }
    const started = performance.now();
    const result: unknown = await command.run(options);
    const timeMs = Math.round((performance.now() - started) * 1000) / 1000;
    const body = isRecord(result) ? result : { result };
    io.stdout(`${JSON.stringify({ command: command.name, ...body, timeMs }, toJson, 2)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${JSON.stringify({ error: message })}\n`);
    return isInputError(error) ? 2 : 1;
  }
}

// Input the library cannot use: RangeError (statistics), validation DomainErrors (clustering),
// *InputError classes (prediction). Anything else is a defect and exits 1.
function isInputError(error: unknown): boolean {
  if (error instanceof CliUsageError || error instanceof RangeError) return true;
  if (!(error instanceof Error)) return false;
  return ('kind' in error && error.kind === 'validation') || error.name.endsWith('InputError');
}

function parseOptions(
  command: CliCommand,
  args: readonly string[],
): Record<string, string | boolean | undefined> {
  const declared = Object.fromEntries(
    Object.entries(command.options).map(([option, { type }]) => [option, { type }]),
  );
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { ...declared, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    return values;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliUsageError(`${reason} (run crm-analytics ${command.name} --help)`);
  }
}

function usage(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: crm-analytics <command> [options]   (prints JSON; exit 2 on bad input)',
    '',
    'Commands:',
    ...lines,
    '',
    'Run crm-analytics <command> --help for its options.',
    '',
  ].join('\n');
}

function commandUsage(command: CliCommand): string {
  const entries = Object.entries(command.options).map(([option, { type, description }]) => [
    `--${option}${type === 'string' ? ' <value>' : ''}`,
    description,
  ]);
  const width = Math.max(0, ...entries.map(([flag]) => (flag ?? '').length));
  return [
    `Usage: crm-analytics ${command.name} [options]`,
    '',
    command.summary,
    '',
    ...entries.map(([flag, description]) => `  ${(flag ?? '').padEnd(width)}  ${description ?? ''}`),
    '',
  ].join('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

// Typed arrays serialise as objects keyed "0", "1", ...; readers want plain arrays.
function toJson(_key: string, value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return Array.from(value as unknown as ArrayLike<number>);
  return value;
}
