import { buildAsyncApiDocument, INTEGRATION_EVENT_SCHEMAS } from '@crm/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The AsyncAPI 3 document of the Kafka topics at /api/docs/asyncapi.json, public like the OpenAPI one. */
export function serveAsyncApi(app: NestFastifyApplication): void {
  const document = buildAsyncApiDocument(INTEGRATION_EVENT_SCHEMAS);
  app
    .getHttpAdapter()
    .getInstance()
    .get('/api/docs/asyncapi.json', (_request, reply) => reply.type('application/json').send(document));
}
