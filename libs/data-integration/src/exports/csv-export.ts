import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';

/** One page of a list: the items and the cursor of the next page (null after the last). */
export type PageReader<T> = (
  cursor: string | undefined,
) => Promise<{ items: readonly T[]; nextCursor: string | null }>;

/**
 * A CSV file streamed page by page: the header, then each page's rows as soon as it is read, so an
 * export of any size holds one page in memory. Cells are quoted as RFC 4180 needs.
 */
export function csvStreamOf<T>(
  columns: readonly string[],
  readPage: PageReader<T>,
  rowsOf: (item: T) => readonly (readonly (string | number | boolean | null)[])[],
): Readable {
  async function* chunks(): AsyncGenerator<string> {
    yield stringify([columns]);
    let cursor: string | undefined;
    do {
      const page = await readPage(cursor);
      const rows = page.items.flatMap((item) => rowsOf(item).map((row) => [...row]));
      if (rows.length > 0) yield stringify(rows);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }
  return Readable.from(chunks());
}
