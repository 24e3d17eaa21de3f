import { Module } from '@nestjs/common';
import { CampaignsController } from './campaigns/http/campaigns.controller';
import { LeadsController } from './leads/http/leads.controller';
import { MarketingApplicationModule } from './marketing-application.module';

/** The marketing bounded context, as the standalone composition root imports it: HTTP over the core. */
@Module({
  imports: [MarketingApplicationModule],
  controllers: [CampaignsController, LeadsController],
  exports: [MarketingApplicationModule],
})
export class MarketingModule {}
