import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadClusteringGolden, loadIrisFeatures } from '../../../test-fixtures/clustering/golden';
import { matrixToRows } from '../../clustering';
import { CliUsageError } from '../cli-command';
import { dbscanCommand } from './dbscan.command';
import { kmeansCommand } from './kmeans.command';

const golden = loadClusteringGolden();
let folder: string;
let irisCsv: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'clustering-commands-'));
  irisCsv = join(folder, 'iris.csv');
  const lines = matrixToRows(loadIrisFeatures()).map((row) => row.join(','));
  writeFileSync(irisCsv, ['sepal_length,sepal_width,petal_length,petal_width', ...lines].join('\n'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

interface KMeansOutput {
  inertia: number;
  centres: number[][];
  clusterSizes: number[];
  labels: number[];
  columns: string[];
}

interface DbscanOutput {
  clusterCount: number;
  noiseCount: number;
  coreCount: number;
  labels: number[];
}

describe('kmeansCommand', () => {
  it('reports the best iris inertia, centres, sizes and labels', async () => {
    const output = (await kmeansCommand.run({
      input: irisCsv,
      k: '3',
      'n-init': '10',
      seed: '1',
    })) as KMeansOutput;

    expect(output.inertia).toBeCloseTo(golden.kmeansIris.inertia, 6);
    expect(output.centres).toHaveLength(3);
    expect(output.clusterSizes.reduce((total, size) => total + size, 0)).toBe(150);
    expect(output.labels).toHaveLength(150);
  });

  it('clusters only the chosen columns', async () => {
    const output = (await kmeansCommand.run({
      input: irisCsv,
      k: '2',
      columns: 'petal_length,petal_width',
    })) as KMeansOutput;

    expect(output.columns).toEqual(['petal_length', 'petal_width']);
    expect(output.centres[0]).toHaveLength(2);
  });

  it('reports centres in input units after standardising', async () => {
    const output = (await kmeansCommand.run({ input: irisCsv, k: '1', standardize: true })) as KMeansOutput;

    expect(output.centres[0]![0]).toBeCloseTo(5.843333333333334, 12);
    expect(output.inertia).toBeCloseTo(150 * 4, 9);
  });

  it.each([
    [{ input: 'x.csv' }, '--k is required'],
    [{ k: '3' }, '--input is required'],
    [{ k: 'three', input: 'x.csv' }, '--k must be a whole number'],
  ])('rejects bad options %j', (options, message) => {
    expect(() => kmeansCommand.run(options)).toThrow(message);
  });

  it('turns k larger than the row count into a usage error', () => {
    expect(() => kmeansCommand.run({ input: irisCsv, k: '151' })).toThrow(CliUsageError);
  });
});

describe('dbscanCommand', () => {
  it('matches sklearn on standardised iris', async () => {
    const expected = golden.dbscanIrisStandardised[0]!;

    const output = (await dbscanCommand.run({
      input: irisCsv,
      eps: String(expected.eps),
      'min-points': String(expected.minSamples),
      standardize: true,
    })) as DbscanOutput;

    expect(output.labels).toEqual(expected.labels);
    expect(output.coreCount).toBe(expected.coreSampleIndices.length);
    expect(output.noiseCount).toBe(expected.labels.filter((label) => label === -1).length);
  });

  it.each([
    [{ input: 'x.csv' }, '--eps is required'],
    [{ input: 'x.csv', eps: 'wide' }, '--eps must be a number'],
  ])('rejects bad options %j', (options, message) => {
    expect(() => dbscanCommand.run(options)).toThrow(message);
  });

  it('turns a non-positive eps into a usage error', () => {
    expect(() => dbscanCommand.run({ input: irisCsv, eps: '0' })).toThrow(CliUsageError);
  });
});
