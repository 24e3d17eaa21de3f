import { Module } from '@nestjs/common';
import { CustomerCommandService } from './application/customer-command.service';
import { CustomerQueryService } from './application/customer-query.service';
import { CUSTOMER_SETTINGS, customerSettingsFromEnvironment } from './application/customer-settings';
import { CustomerCommands, CustomerQueries } from './application/customer-use-cases';
import { CustomerImportService } from './imports/customer-import.service';
import { LeadConversionConsumer } from './lead-conversion/lead-conversion.consumer';
import { CustomerPublishing } from './publishing/customer-publishing';
import { CustomerProjections } from './read-models/customer-projections';
import { CustomerActivityConsumer } from './sales-activity/customer-activity.consumer';

/**
 * The customer context's application core: commands, queries, read models, publishing. Whoever imports
 * it binds EVENT_STORE, DOCUMENT_STORE and CHECKPOINT_STORE (and, optionally, INTEGRATION_MAPPINGS).
 */
@Module({
  providers: [
    { provide: CUSTOMER_SETTINGS, useFactory: () => customerSettingsFromEnvironment(process.env) },
    CustomerCommandService,
    CustomerQueryService,
    CustomerProjections,
    CustomerPublishing,
    CustomerActivityConsumer,
    CustomerImportService,
    LeadConversionConsumer,
    { provide: CustomerCommands, useExisting: CustomerCommandService },
    { provide: CustomerQueries, useExisting: CustomerQueryService },
  ],
  exports: [
    CustomerCommandService,
    CustomerQueryService,
    CustomerProjections,
    CustomerCommands,
    CustomerQueries,
    CustomerImportService,
  ],
})
export class CustomerApplicationModule {}
