import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';
import { SalesSharedModule } from '../shared/application/sales-shared.module';
import { OrderImportService } from './order-import.service';
import { ProductImportService } from './product-import.service';

/** What bulk import needs of the sales context: products and historical orders by reference. */
@Module({
  imports: [SalesSharedModule, ProductsModule],
  providers: [OrderImportService, ProductImportService],
  exports: [OrderImportService, ProductImportService],
})
export class SalesImportsModule {}
