import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Matrix } from '@crm/analytics';

export interface SklearnRun {
  readonly seconds: number;
  readonly inertia: number;
  readonly iterations: number;
}

export interface SklearnTimings {
  readonly version: string;
  readonly kmeans_plus_plus_lloyd: SklearnRun;
  readonly same_start_lloyd: SklearnRun;
  readonly same_start_elkan: SklearnRun;
  readonly dbscan: { seconds: number; clusters: number; noise: number; core: number };
}

export interface SklearnInputs {
  readonly kmeans: {
    readonly data: Matrix;
    readonly start: Matrix;
    readonly k: number;
    readonly repeats: number;
  };
  readonly dbscan: {
    readonly data: Matrix;
    readonly eps: number;
    readonly minPoints: number;
    readonly repeats: number;
  };
}

/** Times scikit-learn (libs/analytics/reference/clustering_bench.py, venv python) on the same matrices. */
export async function runSklearnBaseline(inputs: SklearnInputs): Promise<SklearnTimings> {
  const root = findRepositoryRoot(__dirname);
  const python = execFileSync('bash', [join(root, 'libs/analytics/reference/ensure-venv.sh')], {
    encoding: 'utf8',
  }).trim();
  const folder = mkdtempSync(join(tmpdir(), 'clustering-bench-'));
  try {
    const spec = {
      kmeans: {
        ...writeMatrix(folder, 'kmeans.f64', inputs.kmeans.data),
        start: writeMatrix(folder, 'kmeans-start.f64', inputs.kmeans.start),
        k: inputs.kmeans.k,
        repeats: inputs.kmeans.repeats,
      },
      dbscan: {
        ...writeMatrix(folder, 'dbscan.f64', inputs.dbscan.data),
        eps: inputs.dbscan.eps,
        minPoints: inputs.dbscan.minPoints,
        repeats: inputs.dbscan.repeats,
      },
    };
    writeFileSync(join(folder, 'spec.json'), JSON.stringify(spec));
    const script = join(root, 'libs/analytics/reference/clustering_bench.py');
    const { stdout } = await promisify(execFile)(python, [script, join(folder, 'spec.json')], {
      maxBuffer: 1 << 20,
    });
    return JSON.parse(stdout) as SklearnTimings;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function writeMatrix(
  folder: string,
  name: string,
  matrix: Matrix,
): { path: string; rows: number; cols: number } {
  const path = join(folder, name);
  // numpy reads it as '<f8': Float64Array bytes are little-endian on x64 and arm64.
  writeFileSync(path, new Uint8Array(matrix.data.buffer, matrix.data.byteOffset, matrix.data.byteLength));
  return { path, rows: matrix.rows, cols: matrix.cols };
}

// Works from scripts/ under ts and from dist/scripts/ after `npm run build`.
function findRepositoryRoot(start: string): string {
  let folder = start;
  while (!isRepositoryRoot(folder)) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no repository package.json above ${start}`);
    folder = parent;
  }
  return folder;
}

function isRepositoryRoot(folder: string): boolean {
  const manifest = join(folder, 'package.json');
  return existsSync(manifest) && 'workspaces' in (JSON.parse(readFileSync(manifest, 'utf8')) as object);
}
