import { CustomerModule } from '@crm/customer';
import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import type { GatewayConfig } from './config/gateway-config';
import { HealthController } from './health/health.controller';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { StandalonePersistenceModule } from './persistence/standalone-persistence.module';

/** Standalone composition root: every context in this one process, on the embedded stores. */
@Module({})
export class StandaloneAppModule {
  static forConfig(config: GatewayConfig): DynamicModule {
    return {
      module: StandaloneAppModule,
      imports: [StandalonePersistenceModule.forConfig(config), AuthModule, IdempotencyModule, CustomerModule],
      controllers: [HealthController],
    };
  }
}
