import { DomainError } from '@crm/core';

const ETAG_PATTERN = /^(?:W\/)?"(\d{1,15})"$/;

/** A stream version as a strong ETag: `"3"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** `If-Match: "3"` -> 3; absent -> undefined; anything else is a client error. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = ETAG_PATTERN.exec(header.trim());
  if (!match?.[1]) {
    throw new DomainError('REQUEST.INVALID_IF_MATCH', 'validation', 'If-Match must be one ETag, e.g. "3"', [
      { field: 'If-Match', message: 'must be a quoted stream version such as "3"' },
    ]);
  }
  return Number(match[1]);
}

/** `X-Min-Version: 3` -> 3 (read-your-writes); absent -> undefined. */
export function parseMinVersion(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const value = header.trim().replace(/^"|"$/g, '');
  if (!/^\d{1,15}$/.test(value)) {
    throw new DomainError(
      'REQUEST.INVALID_MIN_VERSION',
      'validation',
      'X-Min-Version must be a stream version',
      [{ field: 'X-Min-Version', message: 'must be a non-negative integer' }],
    );
  }
  return Number(value);
}
