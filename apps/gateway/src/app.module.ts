import { AnalyticsServiceModule } from '@crm/analytics-service';
import { CUSTOMER_PATTERNS } from '@crm/contracts';
import { CUSTOMER_SERVICE_CLIENT, CustomerGatewayModule, CustomerModule } from '@crm/customer';
import { DataIntegrationModule } from '@crm/data-integration';
import { MARKETING_REMOTE_CONTEXT, MarketingModule } from '@crm/marketing';
import { RemoteContextModule } from '@crm/messaging';
import { SALES_REMOTE_CONTEXT, SalesModule } from '@crm/sales';
import { CASE_REMOTE_CONTEXT, ServiceModule } from '@crm/service';
import { type DynamicModule, Module } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';
import { AuthModule } from './auth/auth.module';
import type { GatewayConfig } from './config/gateway-config';
import { HealthController } from './health/health.controller';
import { READINESS_PROBES, type ReadinessProbes } from './health/readiness-probes';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { distributedImports } from './persistence/distributed-imports';
import { GatewayRecordsModule } from './persistence/gateway-records.module';
import { StandalonePersistenceModule } from './persistence/standalone-persistence.module';

/** Standalone composition root: every context in this one process, on the embedded stores. */
@Module({})
export class StandaloneAppModule {
  static forConfig(config: GatewayConfig): DynamicModule {
    return {
      module: StandaloneAppModule,
      imports: [
        GatewayRecordsModule.forConfig(config),
        StandalonePersistenceModule.forConfig(config),
        AuthModule,
        IdempotencyModule,
        CustomerModule,
        MarketingModule,
        SalesModule,
        ServiceModule,
        DataIntegrationModule,
        AnalyticsServiceModule,
      ],
      controllers: [HealthController],
    };
  }
}

/** Distributed composition root: the HTTP edge only; each context answers from its own service. */
@Module({})
export class DistributedAppModule {
  static forConfig(config: GatewayConfig): DynamicModule {
    const remotes = [
      { probe: 'salesService', remote: SALES_REMOTE_CONTEXT, address: config.salesService },
      { probe: 'serviceService', remote: CASE_REMOTE_CONTEXT, address: config.serviceService },
      { probe: 'marketingService', remote: MARKETING_REMOTE_CONTEXT, address: config.marketingService },
    ];
    const probed = [
      { probe: 'customerService', clientToken: CUSTOMER_SERVICE_CLIENT, health: CUSTOMER_PATTERNS.health },
      ...remotes.map(({ probe, remote }) => ({
        probe,
        clientToken: remote.clientToken,
        health: remote.patterns.health,
      })),
    ];
    const imports = distributedImports(config.dataDir, config.customerService);
    return {
      module: DistributedAppModule,
      imports: [
        GatewayRecordsModule.forConfig(config),
        AuthModule,
        IdempotencyModule,
        CustomerGatewayModule.forService(config.customerService),
        ...remotes.map(({ remote, address }) => RemoteContextModule.forService(remote, address)),
        ...imports.imports,
      ],
      controllers: [HealthController, ...imports.controllers],
      providers: [
        ...imports.providers,
        {
          provide: READINESS_PROBES,
          inject: probed.map(({ clientToken }) => clientToken),
          useFactory: (...clients: ClientProxy[]): ReadinessProbes =>
            Object.fromEntries(
              probed.map(({ probe, health }, index) => [
                probe,
                () => serviceReady(clients[index] as ClientProxy, health),
              ]),
            ),
        },
      ],
    };
  }
}

async function serviceReady(client: ClientProxy, pattern: string): Promise<void> {
  const health = await firstValueFrom(client.send<{ status: string }>(pattern, {}).pipe(timeout(2000)));
  if (health.status !== 'ok') throw new Error(`${pattern}: ${health.status}`);
}
