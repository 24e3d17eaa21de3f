import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadGatewayConfig } from './config/gateway-config';
import { createGatewayApp } from './create-gateway-app';

async function bootstrap(): Promise<void> {
  const config = loadGatewayConfig();
  const app = await createGatewayApp(config);
  await app.listen({ port: config.port, host: config.host });
  new Logger('Gateway').log(
    `CRM API on http://${config.host}:${config.port}/api/v1 (docs: /api/docs, data: ${config.dataDir})`,
  );
}

bootstrap().catch((error: unknown) => {
  new Logger('Gateway').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
