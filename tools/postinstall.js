// After `npm install`: compile to dist/ so `npx crm-analytics` and `npm start` work at once.
// Production installs without dev dependencies (no SWC) build in their Dockerfile instead.
const { execSync } = require('node:child_process');

try {
  require.resolve('@swc/cli/package.json');
} catch {
  process.exit(0);
}
execSync('npm run -s build', { stdio: 'inherit' });
