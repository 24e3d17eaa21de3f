import type { DocumentCollection, FindQuery, ReadModelDocument } from '@crm/read-models';

const PAGE_SIZE = 200;

/** Every document matching the query, page by page (aggregates over one campaign's leads and orders). */
export async function readAllPages<T>(
  collection: DocumentCollection<T>,
  tenantId: string,
  query: Omit<FindQuery, 'limit' | 'cursor'>,
): Promise<ReadModelDocument<T>[]> {
  const documents: ReadModelDocument<T>[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await collection.find(tenantId, {
      ...query,
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    });
    documents.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return documents;
}
