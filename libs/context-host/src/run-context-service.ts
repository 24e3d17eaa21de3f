import 'reflect-metadata';
import { startServiceObservability } from '@crm/observability';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type MicroserviceOptions, Transport } from '@nestjs/microservices';
import { ContextServiceAppModule, type ContextServiceDefinition } from './context-service-app.module';
import type { ContextServiceConfig } from './context-service-config';

/** Starts a context service as a Nest TCP microservice; any start-up failure exits the process with 1. */
export function runContextService(
  loadConfig: () => ContextServiceConfig,
  definition: ContextServiceDefinition,
): void {
  const logger = new Logger('ContextService');
  const start = async (): Promise<void> => {
    const config = loadConfig();
    const observability = await startServiceObservability({
      service: `${config.context}-svc`,
      metricsPort: config.metricsPort,
      metricsToken: config.metricsToken,
    });
    const app = await NestFactory.createMicroservice<MicroserviceOptions>(
      ContextServiceAppModule.forContext(config, definition, observability),
      {
        transport: Transport.TCP,
        options: { host: config.host, port: config.port },
        logger: observability.logger,
      },
    );
    app.enableShutdownHooks();
    await app.listen();
    logger.log(
      `${config.context} service on tcp://${config.host}:${config.port} (metrics: http://0.0.0.0:${observability.metrics.port}/metrics)`,
    );
  };
  start().catch((error: unknown) => {
    logger.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
