import { INTEGRATION_EVENT_SCHEMAS } from '@crm/contracts';
import Ajv, { type ValidateFunction } from 'ajv';

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<string, ValidateFunction>();

/**
 * Where an integration message breaks the committed JSON Schema of its type (empty when it conforms):
 * mapper specs use it to prove that what a context publishes is what the AsyncAPI document promises.
 */
export function integrationSchemaViolations(message: {
  readonly type: string;
  readonly data: unknown;
}): string[] {
  const schema = INTEGRATION_EVENT_SCHEMAS[message.type];
  if (schema === undefined) return [`${message.type} is not in the integration events catalogue`];
  let validate = validators.get(message.type);
  if (validate === undefined) {
    validate = ajv.compile(schema);
    validators.set(message.type, validate);
  }
  if (validate(message.data)) return [];
  return (validate.errors ?? []).map(
    (error) => `${message.type} data${error.instancePath}: ${error.message ?? ''}`,
  );
}
