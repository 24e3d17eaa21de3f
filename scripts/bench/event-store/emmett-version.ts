import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The installed version of `@event-driven-io/emmett-postgresql`, read without loading the package. */
export function emmettVersion(): string {
  const entry = require.resolve('@event-driven-io/emmett-postgresql');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? 'unknown';
}
