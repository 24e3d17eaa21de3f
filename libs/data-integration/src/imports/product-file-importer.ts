import type { CommandRequest } from '@crm/customer';
import { ProductImportService } from '@crm/sales';
import { Injectable } from '@nestjs/common';
import type { CsvRow } from '../csv/csv-table';
import { importRowByRow, type EntityImporter } from './entity-importer';
import type { ImportProgress } from './import-progress';
import { PRODUCT_COLUMNS, productOfRow } from './product-rows';

/** The products file: one product per row, known by its SKU. */
@Injectable()
export class ProductFileImporter implements EntityImporter {
  readonly columns = PRODUCT_COLUMNS;

  constructor(private readonly products: ProductImportService) {}

  importRows(
    rows: readonly CsvRow[],
    _options: unknown,
    request: CommandRequest,
    progress: ImportProgress,
  ): Promise<void> {
    return importRowByRow(
      rows,
      {
        read: productOfRow,
        importOne: (input) => this.products.importProduct(input, request),
        columnOf: (field) => (field.startsWith('price.') ? 'price' : field),
      },
      progress,
    );
  }
}
