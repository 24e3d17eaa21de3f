import { Module } from '@nestjs/common';
import { OpportunitiesModule } from './opportunities/opportunities.module';
import { OrdersModule } from './orders/orders.module';
import { ProductsModule } from './products/products.module';
import { SalesPublishing } from './publishing/sales-publishing';
import { SalesTargetsModule } from './sales-targets/sales-targets.module';
import { TasksModule } from './tasks/tasks.module';

const FEATURES = [ProductsModule, OpportunitiesModule, OrdersModule, SalesTargetsModule, TasksModule];

/**
 * The sales context's application core: every feature's commands, queries and read models, and its
 * publishing. Whoever imports it binds EVENT_STORE, DOCUMENT_STORE and CHECKPOINT_STORE (and,
 * optionally, INTEGRATION_MAPPINGS).
 */
@Module({ imports: FEATURES, providers: [SalesPublishing], exports: FEATURES })
export class SalesApplicationModule {}
