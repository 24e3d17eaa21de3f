import { CustomerImportService, type CommandRequest } from '@crm/customer';
import { Injectable } from '@nestjs/common';
import type { CsvRow } from '../csv/csv-table';
import { CUSTOMER_COLUMNS, customerOfRow } from './customer-rows';
import { importRowByRow, type EntityImporter } from './entity-importer';
import type { ImportProgress } from './import-progress';

/** The customers file: one customer per row, known by its externalRef. */
@Injectable()
export class CustomerFileImporter implements EntityImporter {
  readonly columns = CUSTOMER_COLUMNS;

  constructor(private readonly customers: CustomerImportService) {}

  importRows(
    rows: readonly CsvRow[],
    _options: unknown,
    request: CommandRequest,
    progress: ImportProgress,
  ): Promise<void> {
    const { tenantId } = request.metadata;
    return importRowByRow(
      rows,
      {
        read: customerOfRow,
        existingAmong: async (inputs) => {
          const existing = await this.customers.existingIdsOf(
            tenantId,
            inputs.map((input) => input.externalRef.trim()),
          );
          return (input) => Object.hasOwn(existing, input.externalRef.trim());
        },
        importOne: (input) => this.customers.registerImported(input, request),
        columnOf,
      },
      progress,
    );
  }
}

/** The domain's field names, as the file's columns. */
function columnOf(field: string): string {
  if (field === 'customerType') return 'type';
  return field.startsWith('address.') ? field.slice('address.'.length) : field;
}
