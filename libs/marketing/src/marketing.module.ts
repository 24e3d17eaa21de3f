import { Module } from '@nestjs/common';
import { MarketingApplicationModule } from './marketing-application.module';
import { MARKETING_CONTROLLERS } from './marketing-controllers';

/** The marketing bounded context, as the standalone composition root imports it: HTTP over the core. */
@Module({
  imports: [MarketingApplicationModule],
  controllers: MARKETING_CONTROLLERS,
  exports: [MarketingApplicationModule],
})
export class MarketingModule {}
