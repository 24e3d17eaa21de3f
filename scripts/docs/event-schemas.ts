import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createGenerator } from 'ts-json-schema-generator';
import { allIntegrationEventTypes, payloadTypeName, type JsonSchema } from '../../libs/contracts/src';

/** The repository root, from the sources (Jest) or from dist/ (compiled scripts) alike. */
export function repositoryRoot(from = __dirname): string {
  let directory = from;
  while (!existsSync(resolve(directory, 'nx.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`No nx.json above ${from}`);
    directory = parent;
  }
  return directory;
}

/**
 * The JSON Schema of every catalogued event's payload, generated from its `@crm/contracts` interface
 * (ts-json-schema-generator; JSDoc comments become descriptions). Extra properties are not allowed, so a
 * field added to an interface shows up as a changed schema.
 */
export function generateEventSchemas(sourceRoot = repositoryRoot()): Record<string, JsonSchema> {
  const generator = createGenerator({
    path: resolve(sourceRoot, 'libs/contracts/src/index.ts'),
    tsconfig: resolve(sourceRoot, 'tsconfig.json'),
    type: '*',
    expose: 'none',
    topRef: false,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
  });
  const schemas: Record<string, JsonSchema> = {};
  for (const type of allIntegrationEventTypes()) {
    const { $schema: _draft, ...schema } = generator.createSchema(payloadTypeName(type));
    schemas[type] = schema;
  }
  return schemas;
}

/** The schema without its descriptions: what a consumer's parser sees, and what a version freezes. */
export function shapeOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(shapeOf);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => key !== 'description' && key !== 'markdownDescription')
      .map(([key, value]) => [key, shapeOf(value)]),
  );
}

/** The events of `frozen` whose shape differs in `current`: each needs a new version instead. */
export function changedShapes(
  frozen: Readonly<Record<string, JsonSchema>>,
  current: Readonly<Record<string, JsonSchema>>,
): string[] {
  return Object.keys(current).filter((type) => {
    const before = frozen[type];
    return before !== undefined && !isDeepStrictEqual(shapeOf(before), shapeOf(current[type]));
  });
}
