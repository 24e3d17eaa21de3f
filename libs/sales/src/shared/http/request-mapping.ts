import {
  commandMetadataOf,
  DEFAULT_PAGE_SIZE,
  parseIfMatch,
  type PageRequest,
  type RequestContext,
} from '@crm/http';
import type { CommandRequest, PageQuery } from '../application/sales-requests';

export const IF_MATCH_HEADER = {
  name: 'If-Match',
  required: false,
  description: 'ETag of the version you saw; 412 if it moved on.',
};

export const MIN_VERSION_HEADER = {
  name: 'X-Min-Version',
  required: false,
  description: 'Wait up to 2 s for this version, else 503.',
};

export function commandRequestOf(context: RequestContext, ifMatch?: string): CommandRequest {
  const expectedVersion = parseIfMatch(ifMatch);
  return {
    metadata: commandMetadataOf(context),
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
  };
}

export function pageQueryOf(page: PageRequest): PageQuery {
  return {
    limit: page.limit ?? DEFAULT_PAGE_SIZE,
    ...(page.cursor === undefined ? {} : { cursor: page.cursor }),
  };
}

/** The URL path of this request without its query: the base for Location headers. */
export function pathOf(url: string): string {
  return url.split('?')[0] ?? url;
}
