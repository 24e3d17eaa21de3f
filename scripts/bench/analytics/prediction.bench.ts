import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SeededRandom, fitHoltWinters, fitLogisticRegression } from '@crm/analytics';
import { type BenchRow } from './bench-row';

const rows = 100_000;
const cols = 20;

/** Logistic regression (100k x 20) and Holt-Winters (AirPassengers) against scikit-learn and statsmodels. */
export async function runPredictionBenchmarks(): Promise<BenchRow[]> {
  const root = repositoryRoot();
  const python = execFileSync('bash', [join(root, 'libs/analytics/reference/ensure-venv.sh')], {
    encoding: 'utf8',
  }).trim();
  const script = join(root, 'libs/analytics/reference/prediction_bench.py');
  const directory = mkdtempSync(join(tmpdir(), 'prediction-bench-'));
  try {
    return [await logisticRow(python, script, directory), await holtWintersRow(python, script, root)];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function logisticRow(python: string, script: string, directory: string): Promise<BenchRow> {
  const { features, labels } = syntheticLogistic();
  const featuresPath = join(directory, 'features.f64');
  const labelsPath = join(directory, 'labels.f64');
  writeFileSync(featuresPath, Buffer.from(features.data.buffer));
  writeFileSync(labelsPath, Buffer.from(labels.buffer));
  const ours = await bestOfThree(() => fitLogisticRegression(features, labels, { C: 1 }));
  const baseline = runPython(python, [
    script,
    'logreg',
    featuresPath,
    labelsPath,
    String(rows),
    String(cols),
  ]);
  const coefficients = baseline.coefficients ?? [];
  const largestDifference = Math.max(
    Math.abs(ours.result.intercept - (baseline.intercept ?? Number.NaN)),
    ...coefficients.map((value, index) => Math.abs((ours.result.coefficients[index] ?? Number.NaN) - value)),
  );
  return {
    name: `logistic regression ${rows / 1000}k x ${cols} (Newton)`,
    ours: ours.seconds,
    baseline: baseline.seconds,
    baselineName: baseline.name,
    target: '<= 2x scikit-learn',
    pass: ours.seconds <= 2 * baseline.seconds,
    notes: `${ours.result.iterations} Newton iterations; max |coefficient difference| vs scikit-learn ${largestDifference.toExponential(2)}`,
  };
}

async function holtWintersRow(python: string, script: string, root: string): Promise<BenchRow> {
  const csv = join(root, 'libs/analytics/test-fixtures/prediction/air-passengers.csv');
  const series = Float64Array.from(readFileSync(csv, 'utf8').trim().split('\n').slice(1), (line) =>
    Number(line.split(',')[1]),
  );
  const ours = await bestOfThree(() => fitHoltWinters(series, { period: 12, seasonal: 'multiplicative' }));
  const baseline = runPython(python, [script, 'holt-winters', csv]);
  const { alpha, beta, gamma } = ours.result.parameters;
  return {
    name: 'Holt-Winters fit, AirPassengers (multiplicative)',
    ours: ours.seconds,
    baseline: baseline.seconds,
    baselineName: baseline.name,
    target: '<= statsmodels',
    pass: ours.seconds <= baseline.seconds,
    notes:
      `SSE ${ours.result.sse.toFixed(2)} (R 16570.78) at alpha ${alpha.toFixed(4)} beta ${beta.toFixed(4)} ` +
      `gamma ${gamma.toFixed(4)}; statsmodels SSE ${baseline.sse?.toFixed(2) ?? '?'} (its own start values)`,
  };
}

function syntheticLogistic() {
  const random = new SeededRandom(20_240_601);
  const weights = Float64Array.from({ length: cols }, () => random.nextGaussian());
  const data = new Float64Array(rows * cols);
  const labels = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    let margin = 0.5;
    for (let column = 0; column < cols; column++) {
      const value = random.nextGaussian();
      data[row * cols + column] = value;
      margin += 0.3 * value * (weights[column] ?? 0);
    }
    labels[row] = random.next() < 1 / (1 + Math.exp(-margin)) ? 1 : 0;
  }
  return { features: { data, rows, cols }, labels };
}

interface PythonResult {
  seconds: number;
  name: string;
  intercept?: number;
  coefficients?: number[];
  sse?: number;
}

function runPython(python: string, args: string[]): PythonResult {
  return JSON.parse(execFileSync(python, args, { encoding: 'utf8', maxBuffer: 1 << 24 })) as PythonResult;
}

async function bestOfThree<T>(fit: () => T): Promise<{ seconds: number; result: T }> {
  let seconds = Number.POSITIVE_INFINITY;
  let result = fit();
  for (let attempt = 0; attempt < 3; attempt++) {
    await new Promise((resolve) => setImmediate(resolve));
    const started = performance.now();
    result = fit();
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  return { seconds, result };
}

function repositoryRoot(): string {
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json')) || !isWorkspaceRoot(directory)) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`no repository root above ${__dirname}`);
    directory = parent;
  }
  return directory;
}

function isWorkspaceRoot(directory: string): boolean {
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
    workspaces?: unknown;
  };
  return manifest.workspaces !== undefined;
}
