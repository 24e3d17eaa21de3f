import { remoteCallController } from '@crm/messaging';
import { Module } from '@nestjs/common';
import { MarketingApplicationModule } from '../marketing-application.module';
import { MARKETING_REMOTE_CONTEXT } from './marketing-remote-context';

/** The marketing service: the application core behind its one TCP `marketing.call` pattern. */
@Module({
  imports: [MarketingApplicationModule],
  controllers: [
    remoteCallController(MARKETING_REMOTE_CONTEXT.patterns.call, MARKETING_REMOTE_CONTEXT.catalog),
  ],
})
export class MarketingServiceModule {}
