import { Module } from '@nestjs/common';
import { SalesSharedModule } from '../shared/application/sales-shared.module';
import { ProductCatalogue } from './application/product-catalogue';
import { ProductCommandService } from './application/product-command.service';
import { ProductQueryService } from './application/product-query.service';
import { ProductProjections } from './read-models/product-projections';

/** The product catalogue: commands, the catalogue read model, and the SKU lookup orders use. */
@Module({
  imports: [SalesSharedModule],
  providers: [ProductCommandService, ProductQueryService, ProductProjections, ProductCatalogue],
  exports: [ProductCommandService, ProductQueryService, ProductCatalogue],
})
export class ProductsModule {}
