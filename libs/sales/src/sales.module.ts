import { Module } from '@nestjs/common';
import { OpportunitiesModule } from './opportunities/opportunities.module';
import { OrdersModule } from './orders/orders.module';
import { ProductsModule } from './products/products.module';
import { SalesPublishing } from './publishing/sales-publishing';
import { SalesTargetsModule } from './sales-targets/sales-targets.module';
import { TasksModule } from './tasks/tasks.module';

/**
 * The sales bounded context, as the standalone composition root imports it. Whoever imports it binds
 * EVENT_STORE, DOCUMENT_STORE and CHECKPOINT_STORE (and, optionally, INTEGRATION_MAPPINGS).
 */
@Module({
  imports: [ProductsModule, OpportunitiesModule, OrdersModule, SalesTargetsModule, TasksModule],
  providers: [SalesPublishing],
})
export class SalesModule {}
