import { AnalyticsServiceModule } from '@crm/analytics-service';
import { CUSTOMER_PATTERNS } from '@crm/contracts';
import { CUSTOMER_SERVICE_CLIENT, CustomerGatewayModule, CustomerModule } from '@crm/customer';
import { DataIntegrationModule } from '@crm/data-integration';
import { MarketingModule } from '@crm/marketing';
import { SalesModule } from '@crm/sales';
import { ServiceModule } from '@crm/service';
import { type DynamicModule, Module } from '@nestjs/common';
import type { ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';
import { AuthModule } from './auth/auth.module';
import type { GatewayConfig } from './config/gateway-config';
import { HealthController } from './health/health.controller';
import { READINESS_PROBES, type ReadinessProbes } from './health/readiness-probes';
import { IdempotencyModule } from './idempotency/idempotency.module';
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
    const customers = CustomerGatewayModule.forService(config.customerService);
    return {
      module: DistributedAppModule,
      imports: [GatewayRecordsModule.forConfig(config), AuthModule, IdempotencyModule, customers],
      controllers: [HealthController],
      providers: [
        {
          provide: READINESS_PROBES,
          inject: [CUSTOMER_SERVICE_CLIENT],
          useFactory: (customerService: ClientProxy): ReadinessProbes => ({
            customerService: () => serviceReady(customerService, CUSTOMER_PATTERNS.health),
          }),
        },
      ],
    };
  }
}

async function serviceReady(client: ClientProxy, pattern: string): Promise<void> {
  const health = await firstValueFrom(client.send<{ status: string }>(pattern, {}).pipe(timeout(2000)));
  if (health.status !== 'ok') throw new Error(`${pattern}: ${health.status}`);
}
