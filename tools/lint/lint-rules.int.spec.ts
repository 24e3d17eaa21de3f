import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// Rules that nothing proves are decoration: these fixtures break them on purpose and lint must say so.
// ESLint runs in its own process (its flat config is an ES module, which Jest's VM does not load).
const root = resolve(__dirname, '../..');
const env = { ...process.env, NX_DAEMON: 'false' };

const FIXTURES = {
  anotherScope: 'libs/customer/src/lint-fixtures/imports-another-scope.fixture.ts',
  pureLibraryImportsInfrastructure: 'libs/analytics/src/lint-fixtures/imports-infrastructure.fixture.ts',
  impureDomain: 'libs/customer/src/lint-fixtures/domain/impure-decider.fixture.ts',
};

interface LintResult {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null }[];
}

let results: LintResult[] = [];

function ruleIdsFor(file: string): string[] {
  const result = results.find((candidate) => candidate.filePath === resolve(root, file));
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse-error');
}

describe('lint rules', () => {
  beforeAll(() => {
    execFileSync('npx', ['nx', 'show', 'projects'], { cwd: root, env, stdio: 'ignore' });
    const run = spawnSync('npx', ['eslint', '--no-ignore', '--format', 'json', ...Object.values(FIXTURES)], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    results = JSON.parse(run.stdout) as LintResult[];
  }, 180_000);

  it('rejects a context importing another scope', () => {
    expect(ruleIdsFor(FIXTURES.anotherScope)).toContain('@nx/enforce-module-boundaries');
  });

  it('rejects the pure analytics library importing infrastructure', () => {
    expect(ruleIdsFor(FIXTURES.pureLibraryImportsInfrastructure)).toContain('@nx/enforce-module-boundaries');
  });

  it('rejects frameworks, the clock and randomness in domain code', () => {
    const rules = ruleIdsFor(FIXTURES.impureDomain);
    expect(rules.filter((rule) => rule === 'no-restricted-imports')).toHaveLength(1);
    expect(rules.filter((rule) => rule === 'no-restricted-syntax')).toHaveLength(2);
  });
});
