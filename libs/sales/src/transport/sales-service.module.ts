import { remoteCallController } from '@crm/messaging';
import { Module } from '@nestjs/common';
import { SalesImportsModule } from '../imports/sales-imports.module';
import { SalesApplicationModule } from '../sales-application.module';
import { SALES_REMOTE_CONTEXT } from './sales-remote-context';

/** The sales service: the application core behind its one TCP `sales.call` pattern. */
@Module({
  imports: [SalesApplicationModule, SalesImportsModule],
  controllers: [remoteCallController(SALES_REMOTE_CONTEXT.patterns.call, SALES_REMOTE_CONTEXT.catalog)],
})
export class SalesServiceModule {}
