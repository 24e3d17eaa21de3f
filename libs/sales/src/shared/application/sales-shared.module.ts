import { Module } from '@nestjs/common';
import { SALES_SETTINGS, salesSettingsFromEnvironment } from './sales-settings';

/** What every sales feature module shares: its settings. */
@Module({
  providers: [{ provide: SALES_SETTINGS, useFactory: () => salesSettingsFromEnvironment(process.env) }],
  exports: [SALES_SETTINGS],
})
export class SalesSharedModule {}
