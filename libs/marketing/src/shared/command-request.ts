import type { CommandMetadata } from '@crm/contracts';

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
