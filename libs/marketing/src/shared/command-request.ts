import type { CommandMetadata } from '@crm/contracts';
import { commandMetadataOf, parseIfMatch, type RequestContext } from '@crm/http';

/** Who asks, and (If-Match) which version they saw. */
export interface CommandRequest {
  readonly metadata: CommandMetadata;
  readonly expectedVersion?: number;
}

export interface PageQuery {
  readonly limit: number;
  readonly cursor?: string;
}

export interface ListResult<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export function commandRequestOf(context: RequestContext, ifMatch: string | undefined): CommandRequest {
  const expectedVersion = parseIfMatch(ifMatch);
  return {
    metadata: commandMetadataOf(context),
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
  };
}

/** The URL path of this request without its query: the base for Location headers. */
export function pathOf(url: string): string {
  return url.split('?')[0] ?? url;
}
