import * as contracts from '@crm/contracts';
import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { changedShapes, generateEventSchemas, repositoryRoot } from '../../scripts/docs/event-schemas';

const { INTEGRATION_EVENT_SCHEMAS, allIntegrationEventTypes, buildAsyncApiDocument } = contracts;

// Every `<Context>IntegrationEventTypes` constant exported by @crm/contracts, flattened.
function declaredEventTypes(): string[] {
  return Object.entries(contracts)
    .filter(([name]) => name.endsWith('IntegrationEventTypes'))
    .flatMap(([, types]) => Object.values(types as Record<string, string>));
}

describe('integration events catalogue', () => {
  const generated = generateEventSchemas();

  it('catalogues every declared integration event type exactly once', () => {
    const catalogued = allIntegrationEventTypes();
    expect(new Set(catalogued).size).toBe(catalogued.length);
    expect([...catalogued].sort()).toEqual(declaredEventTypes().sort());
  });

  it('has a committed schema for every catalogued event (else run `npm run docs:events`)', () => {
    expect(Object.keys(INTEGRATION_EVENT_SCHEMAS).sort()).toEqual(allIntegrationEventTypes().sort());
  });

  it('keeps every published event in the shape its version was committed with', () => {
    const reshaped = changedShapes(INTEGRATION_EVENT_SCHEMAS, generated);
    // Not empty: a payload interface changed under its version. Add a V2 type beside it.
    expect(reshaped).toEqual([]);
  });

  it('notices a field added to a published event', () => {
    const type = contracts.CustomerIntegrationEventTypes.customerRegistered;
    const schema = generated[type] as { properties: Record<string, unknown> };
    const widened = {
      ...generated,
      [type]: { ...schema, properties: { ...schema.properties, vip: { type: 'boolean' } } },
    };
    expect(changedShapes(INTEGRATION_EVENT_SCHEMAS, widened)).toEqual([type]);
  });

  it('ignores a reworded description, which is not a change of shape', () => {
    const type = contracts.SalesIntegrationEventTypes.orderPlaced;
    const reworded = { ...generated, [type]: { ...generated[type], description: 'Reworded.' } };
    expect(changedShapes(INTEGRATION_EVENT_SCHEMAS, reworded)).toEqual([]);
  });

  it('commits schemas that match the interfaces, descriptions included (else run `npm run docs:events`)', () => {
    expect(INTEGRATION_EVENT_SCHEMAS).toEqual(generated);
  });

  it('commits docs/asyncapi.json as the code builds it', () => {
    const committed: unknown = JSON.parse(
      readFileSync(resolve(repositoryRoot(), 'docs/asyncapi.json'), 'utf8'),
    );
    expect(committed).toEqual(buildAsyncApiDocument(INTEGRATION_EVENT_SCHEMAS));
  });

  it('builds a valid AsyncAPI 3 document', async () => {
    const { document, diagnostics } = await new Parser().parse(
      JSON.stringify(buildAsyncApiDocument(INTEGRATION_EVENT_SCHEMAS)),
    );
    // Severity 0 is Spectral's DiagnosticSeverity.Error; two copies of that enum type are installed.
    const isError = (diagnostic: { readonly severity: number }): boolean => diagnostic.severity === 0;
    const errors = diagnostics.filter(isError);
    expect(errors.map((error) => `${error.path.join('.')}: ${error.message}`)).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    expect(
      document
        ?.channels()
        .all()
        .map((channel) => channel.address()),
    ).toEqual(expect.arrayContaining(['crm.customer.events.v1', 'crm.sales.events.v1']));
    expect(document?.messages().all()).toHaveLength(allIntegrationEventTypes().length);
  });
});
