import 'reflect-metadata';
import { startServiceObservability } from '@crm/observability';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type MicroserviceOptions, Transport } from '@nestjs/microservices';
import { loadCustomerServiceConfig } from './config/customer-service-config';
import { CustomerServiceAppModule } from './customer-service-app.module';

async function bootstrap(): Promise<void> {
  const config = loadCustomerServiceConfig();
  const observability = await startServiceObservability({
    service: 'customer-svc',
    metricsPort: config.metricsPort,
    metricsToken: config.metricsToken,
  });
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(
    CustomerServiceAppModule.forConfig(config, observability),
    {
      transport: Transport.TCP,
      options: { host: config.host, port: config.port },
      logger: observability.logger,
    },
  );
  app.enableShutdownHooks();
  await app.listen();
  new Logger('CustomerService').log(
    `Customer service on tcp://${config.host}:${config.port} (metrics: http://0.0.0.0:${observability.metrics.port}/metrics)`,
  );
}

bootstrap().catch((error: unknown) => {
  new Logger('CustomerService').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
