// Turns CustomResourceDefinitions into the JSON schema files kubeconform reads, one per served version,
// at <group>/<kind>_<version>.json. The same conversion as kubeconform's openapi2jsonschema.py, written
// here so the committed schemas can be regenerated without it:
//   node dist/scripts/k8s/crd-to-json-schema.js <out dir> <crd.yaml>...   (scripts/k8s/generate-crd-schemas.sh)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface CrdVersion {
  readonly name: string;
  readonly served?: boolean;
  readonly schema?: { readonly openAPIV3Schema?: JsonObject };
}

interface Crd {
  readonly kind: string;
  readonly spec: {
    readonly group: string;
    readonly names: { readonly kind: string };
    readonly versions: readonly CrdVersion[];
  };
}

export interface GeneratedSchema {
  /** Relative to the schema folder: `<group>/<lower-case kind>_<version>.json`. */
  readonly path: string;
  readonly schema: JsonObject;
}

/** Every served version of every CRD in a (multi-document) YAML text. */
export function crdToJsonSchemas(yamlText: string): GeneratedSchema[] {
  const crds = parseAllDocuments(yamlText)
    .map((document) => document.toJSON() as Crd | null)
    .filter((document): document is Crd => document?.kind === 'CustomResourceDefinition');
  return crds.flatMap((crd) =>
    crd.spec.versions
      .filter((version) => version.served !== false)
      .map((version) => {
        const openApi = version.schema?.openAPIV3Schema;
        if (!openApi) throw new Error(`${crd.spec.names.kind} ${version.name} has no openAPIV3Schema`);
        return {
          path: `${crd.spec.group}/${crd.spec.names.kind.toLowerCase()}_${version.name}.json`,
          schema: toStrictJsonSchema(openApi) as JsonObject,
        };
      }),
  );
}

/**
 * A CRD's structural schema as strict JSON schema, without descriptions: objects that list their properties reject any other
 * (unless the CRD lets unknown fields through), `nullable` admits null, and int-or-string admits both.
 */
export function toStrictJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toStrictJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const converted: JsonObject = Object.fromEntries(
    Object.entries(node)
      // Descriptions are most of a CRD's size and no part of validation.
      .filter(([key]) => key !== 'description')
      .map(([key, value]) => [key, isSchemaMap(key) ? mapValues(value) : toStrictJsonSchema(value)]),
  );
  if (converted['x-kubernetes-int-or-string'] === true) {
    delete converted['type'];
    delete converted['anyOf'];
    converted['oneOf'] = [{ type: 'string' }, { type: 'integer' }];
  }
  if (converted['nullable'] === true && typeof converted['type'] === 'string')
    converted['type'] = [converted['type'], 'null'];
  const preservesUnknown = converted['x-kubernetes-preserve-unknown-fields'] === true;
  if ('properties' in converted && !('additionalProperties' in converted) && !preservesUnknown)
    converted['additionalProperties'] = false;
  return converted;
}

/** Keys whose value maps names to schemas (so the names are not schema keywords themselves). */
function isSchemaMap(key: string): boolean {
  return key === 'properties' || key === 'patternProperties' || key === 'definitions';
}

function mapValues(value: Json): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, schema]) => [name, toStrictJsonSchema(schema)]),
  );
}

function main(outDir: string, files: readonly string[]): void {
  for (const file of files)
    for (const { path, schema } of crdToJsonSchemas(readFileSync(file, 'utf8'))) {
      mkdirSync(dirname(join(outDir, path)), { recursive: true });
      writeFileSync(join(outDir, path), `${JSON.stringify(schema, null, 2)}\n`);
      console.log(`[k8s] ${path} <- ${file}`);
    }
}

if (require.main === module) {
  const [outDir, ...files] = process.argv.slice(2);
  if (!outDir || files.length === 0) throw new Error('usage: crd-to-json-schema <out dir> <crd.yaml>...');
  main(outDir, files);
}
