import { Module } from '@nestjs/common';
import { CustomerCommandService } from './application/customer-command.service';
import { CustomerQueryService } from './application/customer-query.service';
import { CUSTOMER_SETTINGS, customerSettingsFromEnvironment } from './application/customer-settings';
import { CustomersController } from './http/customers.controller';
import { CustomerPublishing } from './publishing/customer-publishing';
import { CustomerProjections } from './read-models/customer-projections';

/** Customers: commands, queries, read models and HTTP. The app binds EVENT_STORE, DOCUMENT_STORE, CHECKPOINT_STORE. */
@Module({
  controllers: [CustomersController],
  providers: [
    { provide: CUSTOMER_SETTINGS, useFactory: () => customerSettingsFromEnvironment(process.env) },
    CustomerCommandService,
    CustomerQueryService,
    CustomerProjections,
    CustomerPublishing,
  ],
  exports: [CustomerCommandService, CustomerQueryService, CustomerProjections],
})
export class CustomersModule {}
