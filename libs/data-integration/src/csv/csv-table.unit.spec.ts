import { checkColumns } from './csv-columns';
import { CsvFileError, parseCsvTable } from './csv-table';

describe(parseCsvTable.name, () => {
  it('reads the header and numbers data rows as a spreadsheet does, trimming cells', () => {
    const table = parseCsvTable('\uFEFFsku, name\r\nA-1,"Pen, blue"\r\n\r\n B-2 ,"Say ""hi"""\r\n');
    expect(table.columns).toEqual(['sku', 'name']);
    expect(table.rows.map(({ row, cells }) => [row, Object.fromEntries(cells)])).toEqual([
      [2, { sku: 'A-1', name: 'Pen, blue' }],
      [3, { sku: 'B-2', name: 'Say "hi"' }],
    ]);
  });

  it('refuses a row with the wrong number of cells on its own', () => {
    const table = parseCsvTable('a,b\n1,2\n1,2,3\n4\n5,6\n');
    expect(table.rows.map(({ row }) => row)).toEqual([2, 5]);
    expect(table.malformed).toEqual([
      { row: 3, message: 'Row has 3 cells, the header 2' },
      { row: 4, message: 'Row has 1 cells, the header 2' },
    ]);
  });

  it('refuses a file it cannot read, or an empty one, whole', () => {
    expect(() => parseCsvTable('a,b\n"1,2\n')).toThrow(CsvFileError);
    expect(() => parseCsvTable('')).toThrow('The file is empty: it needs a header row');
  });
});

describe(checkColumns.name, () => {
  const spec = { required: ['sku', 'name'], optional: ['active'] };

  it('accepts the required columns with any of the optional ones, in any order', () => {
    expect(() => {
      checkColumns(['active', 'name', 'sku'], spec, 'products');
    }).not.toThrow();
  });

  it('names every missing, unknown and repeated column at once', () => {
    let error: unknown;
    try {
      checkColumns(['sku', 'nmae', 'sku'], spec, 'products');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CsvFileError);
    expect((error as CsvFileError).code).toBe('IMPORT.INVALID_FILE');
    expect((error as CsvFileError).fields.map(({ field }) => field)).toEqual(['name', 'nmae', 'sku']);
  });
});
