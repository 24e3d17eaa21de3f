import { CustomerServiceModule } from '@crm/customer';
import { type DynamicModule, Module } from '@nestjs/common';
import type { CustomerServiceConfig } from './config/customer-service-config';
import { CustomerHealthController } from './health/customer-health.controller';
import { DistributedPersistenceModule } from './persistence/distributed-persistence.module';
import { CustomerRelayService } from './publishing/customer-relay.service';

/** Composition root of the customer service: PostgreSQL events, MongoDB read models, Kafka relay. */
@Module({})
export class CustomerServiceAppModule {
  static forConfig(config: CustomerServiceConfig): DynamicModule {
    return {
      module: CustomerServiceAppModule,
      imports: [DistributedPersistenceModule.forConfig(config), CustomerServiceModule],
      controllers: [CustomerHealthController],
      providers: [CustomerRelayService],
    };
  }
}
