import 'reflect-metadata';
import { startTracing } from '@crm/observability';
import { Logger } from '@nestjs/common';
import { loadGatewayConfig } from './config/gateway-config';
import { createGatewayApp } from './create-gateway-app';

async function bootstrap(): Promise<void> {
  const config = loadGatewayConfig();
  const tracing = startTracing({ serviceName: 'gateway' });
  const app = await createGatewayApp(config);
  // Spans still buffered are exported when the app closes (SIGTERM included).
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onClose', async () => {
      await tracing?.shutdown();
    });
  await app.listen({ port: config.port, host: config.host });
  new Logger('Gateway').log(
    `CRM API on http://${config.host}:${config.port}/api/v1 (docs: /api/docs, data: ${config.dataDir})`,
  );
}

bootstrap().catch((error: unknown) => {
  new Logger('Gateway').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
