import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';
import { SalesSharedModule } from '../shared/application/sales-shared.module';
import { OrderCommandService } from './application/order-command.service';
import { OrderQueryService } from './application/order-query.service';
import { OrderProjections } from './read-models/order-projections';

/** Orders, priced from the product catalogue. */
@Module({
  imports: [SalesSharedModule, ProductsModule],
  providers: [OrderCommandService, OrderQueryService, OrderProjections],
  exports: [OrderCommandService, OrderQueryService],
})
export class OrdersModule {}
