import { createValidationPipe, ProblemDetailsFilter } from '@crm/http';
import { createCrmLogger, instrumentFastify, PinoNestLogger, traceFastify } from '@crm/observability';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { DistributedAppModule, StandaloneAppModule } from './app.module';
import type { GatewayConfig } from './config/gateway-config';
import { serveAsyncApi } from './docs/asyncapi';
import { serveOpenApi } from './docs/openapi';
import { acceptCsvImports, acceptJsonOnly } from './accept-json-only';
import { hardenEdge } from './hardening/harden-edge';
import { RequestContextInterceptor } from './observability/request-context.interceptor';

/** Builds (does not listen) the gateway in its configured mode: used by main, the e2e tests and the benchmark. */
export async function createGatewayApp(
  config: GatewayConfig,
  options: { logger?: boolean } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    genReqId: () => randomUUID(),
  });
  // Metrics and traces hook into Fastify itself: /metrics sits outside the api/v1 prefix and the guard.
  instrumentFastify(adapter.getInstance(), { token: config.metricsToken });
  traceFastify(adapter.getInstance());
  acceptJsonOnly(adapter.getInstance());
  acceptCsvImports(adapter.getInstance(), config.importLimitBytes);
  const app = await NestFactory.create<NestFastifyApplication>(
    config.mode === 'distributed'
      ? DistributedAppModule.forConfig(config)
      : StandaloneAppModule.forConfig(config),
    adapter,
    {
      logger: options.logger === false ? false : new PinoNestLogger(createCrmLogger({ service: 'gateway' })),
      // acceptJsonOnly registers the one body parser: JSON (no form bodies).
      bodyParser: false,
    },
  );
  await hardenEdge(app, config);
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new RequestContextInterceptor());
  app.enableShutdownHooks();
  serveOpenApi(app);
  serveAsyncApi(app);
  return app;
}
