import type { CommandMetadata } from '@crm/contracts';
import { DEFAULT_PAGE_SIZE, type PageRequest } from './page.request';
import { commandMetadataOf, type RequestContext } from './request-context';
import { parseIfMatch } from './versions';

/** Who asks, and (If-Match) which version they saw: what every context's command handlers take. */
export interface HttpCommandRequest {
  readonly metadata: CommandMetadata;
  readonly expectedVersion?: number;
}

export function commandRequestOf(context: RequestContext, ifMatch?: string): HttpCommandRequest {
  const expectedVersion = parseIfMatch(ifMatch);
  return {
    metadata: commandMetadataOf(context),
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
  };
}

export function pageQueryOf(page: PageRequest): { readonly limit: number; readonly cursor?: string } {
  return {
    limit: page.limit ?? DEFAULT_PAGE_SIZE,
    ...(page.cursor === undefined ? {} : { cursor: page.cursor }),
  };
}

/** The URL path of this request without its query: the base for Location headers. */
export function pathOf(url: string): string {
  return url.split('?')[0] ?? url;
}

/** `@ApiHeader` of every command that takes If-Match. */
export const IF_MATCH_HEADER = {
  name: 'If-Match',
  required: false,
  description: 'ETag of the version you saw; 412 if it moved on.',
};

/** `@ApiHeader` of every read that takes X-Min-Version. */
export const MIN_VERSION_HEADER = {
  name: 'X-Min-Version',
  required: false,
  description: 'Wait up to 2 s for this version, else 503.',
};
