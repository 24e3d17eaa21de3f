import { crdToJsonSchemas } from '../../scripts/k8s/crd-to-json-schema';

const CRD = `
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          description: A widget.
          properties:
            spec:
              type: object
              properties:
                size: { x-kubernetes-int-or-string: true, anyOf: [{ type: integer }, { type: string }] }
                note: { type: string, nullable: true }
                config: { type: object, x-kubernetes-preserve-unknown-fields: true, properties: { a: { type: string } } }
                labels: { type: object, additionalProperties: { type: string } }
                properties: { type: object, properties: { description: { type: string } } }
    - name: v1beta1
      served: false
      storage: false
      schema: { openAPIV3Schema: { type: object } }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: not-a-crd }
`;

/** The value at a path of keys in a parsed schema (undefined where the path ends early). */
function at(node: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
    node,
  );
}

describe('crdToJsonSchemas', () => {
  const schemas = crdToJsonSchemas(CRD);
  const widget = schemas[0]?.schema;
  const spec = at(widget, 'properties', 'spec');
  const field = (name: string, ...keys: string[]): unknown => at(spec, 'properties', name, ...keys);

  it('writes one schema per served version of each CRD, at <group>/<kind>_<version>.json', () => {
    expect(schemas.map(({ path }) => path)).toEqual(['example.com/widget_v1.json']);
  });

  it('rejects unknown fields of objects that list their properties', () => {
    expect(at(widget, 'additionalProperties')).toBe(false);
    expect(at(spec, 'additionalProperties')).toBe(false);
  });

  it('lets unknown fields through where the CRD preserves them, and keeps declared maps', () => {
    expect(field('config')).not.toHaveProperty('additionalProperties');
    expect(field('labels', 'additionalProperties')).toEqual({ type: 'string' });
  });

  it('admits null where nullable, and both forms of int-or-string', () => {
    expect(field('note', 'type')).toEqual(['string', 'null']);
    expect(field('size', 'oneOf')).toEqual([{ type: 'string' }, { type: 'integer' }]);
    expect(field('size')).not.toHaveProperty('anyOf');
  });

  it('drops descriptions but keeps fields named like keywords', () => {
    expect(widget).not.toHaveProperty('description');
    expect(field('properties', 'properties')).toEqual({ description: { type: 'string' } });
  });
});
