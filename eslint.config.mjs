import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const allTypes = ['type:*'];
// The building blocks below the contexts: what contexts, test helpers and the context host stand on.
const buildingBlocks = [
  'type:contracts',
  'type:event-store',
  'type:messaging',
  'type:read-models',
  'type:util',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'tmp/**',
      'coverage/**',
      '.nx/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.fixture.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        // Nest reads constructor parameter types from decorator metadata: never turn those into type imports.
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Nest declares many option types as classes; its documented usage passes object literals.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: allTypes },
            {
              sourceTag: 'type:context',
              // type:analytics is reachable only from scope:analytics (the analytics context) by the scope rule.
              onlyDependOnLibsWithTags: [...buildingBlocks, 'type:analytics', 'type:testing'],
            },
            {
              // Bulk import and export orchestrate the contexts' public application services.
              sourceTag: 'type:integration',
              onlyDependOnLibsWithTags: [
                'type:context',
                'type:contracts',
                'type:event-store',
                'type:read-models',
                'type:util',
                'type:testing',
              ],
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:util'] },
            {
              sourceTag: 'type:event-store',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:testing'],
            },
            {
              sourceTag: 'type:messaging',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:event-store', 'type:util', 'type:testing'],
            },
            {
              sourceTag: 'type:read-models',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:event-store', 'type:util', 'type:testing'],
            },
            // What every distributed context process runs on; only apps import it.
            { sourceTag: 'type:host', onlyDependOnLibsWithTags: buildingBlocks },
            { sourceTag: 'type:analytics', onlyDependOnLibsWithTags: ['type:util'] },
            // Test helpers may build on each other (a distributed suite on the server probes).
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: [...buildingBlocks, 'type:testing'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:customer', onlyDependOnLibsWithTags: ['scope:customer', 'scope:shared'] },
            { sourceTag: 'scope:sales', onlyDependOnLibsWithTags: ['scope:sales', 'scope:shared'] },
            { sourceTag: 'scope:service', onlyDependOnLibsWithTags: ['scope:service', 'scope:shared'] },
            { sourceTag: 'scope:marketing', onlyDependOnLibsWithTags: ['scope:marketing', 'scope:shared'] },
            { sourceTag: 'scope:analytics', onlyDependOnLibsWithTags: ['scope:analytics', 'scope:shared'] },
            {
              sourceTag: 'scope:integration',
              onlyDependOnLibsWithTags: [
                'scope:integration',
                'scope:customer',
                'scope:sales',
                'scope:shared',
              ],
            },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:*'] },
          ],
        },
      ],
    },
  },
  {
    // Deciders are pure: no framework, no I/O, no clock, no randomness. Time and ids arrive with the command.
    files: ['**/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                'better-sqlite3',
                'mongoose',
                'mongodb',
                'kafkajs',
                'pg',
                '@kurrent/*',
                'fastify',
                '@confluentinc/*',
              ],
              message: 'domain/ is pure: no framework, database or broker.',
            },
            {
              group: ['node:*', 'crypto', 'fs', 'os', 'child_process', 'uuid'],
              message: 'domain/ is pure: no Node I/O or randomness.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'domain/ takes time from the command.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'domain/ takes time from the command.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'domain/ takes ids from the command.',
        },
      ],
    },
  },
  {
    // Numeric kernels index typed arrays in tight loops; with noUncheckedIndexedAccess every read is
    // `number | undefined`, and a `!` is the honest, zero-cost way to say the index is in range.
    files: ['libs/analytics/src/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'libs/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
