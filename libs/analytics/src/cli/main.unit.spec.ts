import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, runCli } from './main';

interface Captured {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

function capture(): Captured {
  let out = '';
  let err = '';
  return {
    io: { stdout: (text) => (out += text), stderr: (text) => (err += text) },
    stdout: () => out,
    stderr: () => err,
  };
}

describe(runCli.name, () => {
  let directory: string;
  const file = (name: string, text: string): string => {
    const path = join(directory, name);
    writeFileSync(path, text);
    return path;
  };

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'crm-analytics-cli-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('describes every column of a numeric CSV as JSON with the time taken', async () => {
    const input = file('sales.csv', 'amount,visits\n10,1\n20,2\n30,3\n40,5\n');
    const output = capture();
    const code = await runCli(['describe', '--input', input, '--bins', '2'], output.io);
    expect([code, output.stderr()]).toEqual([0, '']);
    const result = JSON.parse(output.stdout()) as Record<string, unknown>;
    expect(result).toEqual(
      expect.objectContaining({ command: 'describe', rows: 4, timeMs: expect.any(Number) as unknown }),
    );
    expect(result['columns']).toEqual([
      expect.objectContaining({
        name: 'amount',
        count: 4,
        mean: 25,
        median: 25,
        min: 10,
        max: 40,
        skewness: 0,
      }),
      expect.objectContaining({ name: 'visits', histogram: { edges: [1, 3, 5], counts: [2, 2] } }),
    ]);
  });

  it('prints a Spearman matrix with null and a marker for a constant column', async () => {
    const input = file('flat.csv', 'a,b,c\n1,9,5\n2,7,5\n3,8,5\n');
    const output = capture();
    expect(await runCli(['correlate', '--input', input, '--method', 'spearman'], output.io)).toBe(0);
    const result = JSON.parse(output.stdout()) as Record<string, unknown>;
    expect(result['matrix']).toEqual([
      [1, -0.5, null],
      [-0.5, 1, null],
      [null, null, null],
    ]);
    expect(result['constantColumns']).toEqual(['c']);
  });

  it.each([
    ['an empty file', '', 'is empty: a header row is required'],
    ['a header without rows', 'a,b\n', 'has a header row but no data rows'],
    ['a non-numeric cell', 'a,b\n1,2\n3,x\n', 'non-numeric value "x" at line 3 (data row 2), column "b"'],
    ['an empty cell', 'a,b\n1,\n', 'an empty cell at line 2 (data row 1), column "b"'],
    ['a ragged row', 'a,b\n1,2\n3\n', 'is not valid CSV'],
  ])('exits 2 with a one-line JSON error for %s', async (_case, text, message) => {
    const output = capture();
    const code = await runCli(['describe', '--input', file('bad.csv', text)], output.io);
    expect(code).toBe(2);
    expect(output.stdout()).toBe('');
    const error = JSON.parse(output.stderr()) as { error: string };
    expect(error.error).toContain(message);
    expect(output.stderr()).not.toContain('    at ');
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [[], 'no command given'],
    [['describe'], '--input is required'],
    [['describe', '--input', 'x.csv', '--colour', 'red'], "Unknown option '--colour'"],
    [['describe', '--input', '/nonexistent/x.csv'], 'cannot read /nonexistent/x.csv (ENOENT)'],
    [['correlate', '--input', 'x.csv', '--method', 'kendall'], '--method must be one of pearson, spearman'],
  ])('exits 2 for bad arguments %j', async (argv, message) => {
    const output = capture();
    expect(await runCli(argv, output.io)).toBe(2);
    expect((JSON.parse(output.stderr()) as { error: string }).error).toContain(message);
  });

  it('exits 2 when a column is missing from the file', async () => {
    const output = capture();
    const input = file('sales.csv', 'amount\n1\n');
    expect(await runCli(['correlate', '--input', input, '--columns', 'amount,margin'], output.io)).toBe(2);
    expect(output.stderr()).toContain('no column \\"margin\\"; columns are amount');
  });

  it('lists the commands for --help and a command’s options for <command> --help', async () => {
    const general = capture();
    expect(await runCli(['--help'], general.io)).toBe(0);
    expect(general.stdout()).toMatch(/describe\s+Per-column/);
    expect(general.stdout()).toMatch(/correlate\s+Pearson or Spearman/);
    const specific = capture();
    expect(await runCli(['correlate', '--help'], specific.io)).toBe(0);
    expect(specific.stdout()).toContain('--method <value>');
  });

  it.each([
    ['a validation DomainError', Object.assign(new Error('k exceeds rows'), { kind: 'validation' })],
    ['an *InputError', Object.assign(new Error('matrix is empty'), { name: 'PredictionInputError' })],
  ])('exits 2 for %s raised by a library', async (_case, error) => {
    const output = capture();
    const failing = { name: 'fit', summary: 'fails', options: {}, run: () => Promise.reject(error) };
    expect(await runCli(['fit'], output.io, [failing])).toBe(2);
    expect(output.stderr()).toBe(`${JSON.stringify({ error: error.message })}\n`);
  });

  it('exits 1 without a stack trace when a command fails unexpectedly', async () => {
    const output = capture();
    const failing = {
      name: 'boom',
      summary: 'fails',
      options: {},
      run: () => Promise.reject(new Error('disk on fire')),
    };
    expect(await runCli(['boom'], output.io, [failing])).toBe(1);
    expect(output.stderr()).toBe('{"error":"disk on fire"}\n');
  });
});
