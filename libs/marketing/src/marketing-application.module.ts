import { Module } from '@nestjs/common';
import { CampaignCommandService } from './campaigns/application/campaign-command.service';
import { CampaignQueryService } from './campaigns/application/campaign-query.service';
import { SalesOrdersConsumer } from './campaigns/read-models/sales-orders.consumer';
import { LeadCommandService } from './leads/application/lead-command.service';
import { LeadQueryService } from './leads/application/lead-query.service';
import { MarketingProjections } from './shared/marketing-projections';
import { MarketingPublishing } from './shared/marketing-publishing';
import { MARKETING_SETTINGS, marketingSettingsFromEnvironment } from './shared/marketing-settings';

/**
 * The marketing context's application core: commands, queries, read models, publishing and the
 * consumer of sales orders. Whoever imports it binds EVENT_STORE, DOCUMENT_STORE and CHECKPOINT_STORE
 * (and, optionally, INTEGRATION_MAPPINGS and MESSAGE_CONSUMER).
 */
@Module({
  providers: [
    { provide: MARKETING_SETTINGS, useFactory: () => marketingSettingsFromEnvironment(process.env) },
    CampaignCommandService,
    CampaignQueryService,
    LeadCommandService,
    LeadQueryService,
    MarketingProjections,
    MarketingPublishing,
    SalesOrdersConsumer,
  ],
  exports: [
    CampaignCommandService,
    CampaignQueryService,
    LeadCommandService,
    LeadQueryService,
    MarketingProjections,
  ],
})
export class MarketingApplicationModule {}
