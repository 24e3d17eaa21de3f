import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type MicroserviceOptions, Transport } from '@nestjs/microservices';
import { loadCustomerServiceConfig } from './config/customer-service-config';
import { CustomerServiceAppModule } from './customer-service-app.module';

async function bootstrap(): Promise<void> {
  const config = loadCustomerServiceConfig();
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(
    CustomerServiceAppModule.forConfig(config),
    {
      transport: Transport.TCP,
      options: { host: config.host, port: config.port },
      logger: ['log', 'warn', 'error'],
    },
  );
  app.enableShutdownHooks();
  await app.listen();
  new Logger('CustomerService').log(`Customer service on tcp://${config.host}:${config.port}`);
}

bootstrap().catch((error: unknown) => {
  new Logger('CustomerService').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
