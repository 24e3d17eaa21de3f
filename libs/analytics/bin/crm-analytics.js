#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is TypeScript compiled by the root build into dist/.
const path = require('node:path');

const compiled = path.resolve(__dirname, '../../../dist/libs/analytics/src/cli/main.js');
let cli;
try {
  cli = require(compiled);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(compiled)) {
    process.stderr.write(
      'crm-analytics is not built yet: run `npm run build` in the repository root first.\n',
    );
    process.exit(2);
  }
  throw error;
}
cli.runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`,
    );
    process.exitCode = 1;
  },
);
