import { CustomerServiceModule } from '@crm/customer';
import { type ServiceObservability, ServiceObservabilityModule } from '@crm/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import type { CustomerServiceConfig } from './config/customer-service-config';
import { CustomerHealthController } from './health/customer-health.controller';
import { DistributedPersistenceModule } from './persistence/distributed-persistence.module';
import { CustomerRelayService } from './publishing/customer-relay.service';

/** Composition root of the customer service: PostgreSQL events, MongoDB read models, Kafka relay. */
@Module({})
export class CustomerServiceAppModule {
  static forConfig(config: CustomerServiceConfig, observability: ServiceObservability): DynamicModule {
    return {
      module: CustomerServiceAppModule,
      imports: [
        ServiceObservabilityModule.forService(observability),
        DistributedPersistenceModule.forConfig(config),
        CustomerServiceModule,
      ],
      controllers: [CustomerHealthController],
      providers: [CustomerRelayService],
    };
  }
}
