import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliUsageError } from './cli-command';
import { readNumericCsv } from './numeric-csv';

describe(readNumericCsv.name, () => {
  let directory: string;
  const file = (text: string): string => {
    const path = join(directory, 'input.csv');
    writeFileSync(path, text);
    return path;
  };

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'numeric-csv-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('reads a header and a row-major matrix, ignoring a BOM, spaces and blank lines', () => {
    const { header, matrix } = readNumericCsv(file('\uFEFFx, y\n1, 2.5\n\n-3,4e2\n'));
    expect(header).toEqual(['x', 'y']);
    expect(matrix).toEqual({ data: Float64Array.of(1, 2.5, -3, 400), rows: 2, cols: 2 });
  });

  it('selects and reorders columns by name', () => {
    const { header, matrix } = readNumericCsv(file('a,b,c\n1,2,3\n4,5,6\n'), { columns: ['c', 'a'] });
    expect(header).toEqual(['c', 'a']);
    expect(Array.from(matrix.data)).toEqual([3, 1, 6, 4]);
  });

  it('ignores non-numeric cells in columns that were not selected', () => {
    const { matrix } = readNumericCsv(file('name,amount\nacme,10\nglobex,20\n'), { columns: ['amount'] });
    expect(Array.from(matrix.data)).toEqual([10, 20]);
  });

  it('names the line and column of a non-numeric cell', () => {
    expect(() => readNumericCsv(file('a,b\n1,2\n3,Infinity\n'))).toThrow(
      new CliUsageError(
        `${join(directory, 'input.csv')}: non-numeric value "Infinity" at line 3 (data row 2), column "b"`,
      ),
    );
  });
});
