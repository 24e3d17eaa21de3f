import {
  ACQUISITION_CHANNELS,
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  type CustomerImportInput,
} from '@crm/customer';
import type { ColumnSpec } from '../csv/csv-columns';
import type { CsvRow } from '../csv/csv-table';
import { oneOf, optionalCell, requiredCell } from '../csv/row-cells';

const ADDRESS_COLUMNS = ['line1', 'line2', 'city', 'postalCode', 'region', 'country'] as const;

/** The customers file; `id`, `registeredAt` and `archived` are what an export adds, read and ignored. */
export const CUSTOMER_COLUMNS: ColumnSpec = {
  required: ['externalRef', 'type', 'name'],
  optional: [
    'email',
    'phone',
    'status',
    'channel',
    'ownerId',
    'tags',
    ...ADDRESS_COLUMNS,
    'id',
    'registeredAt',
    'archived',
  ],
};

/** A customer row as a registration; the domain validates and normalises the rest (email, phone, ...). */
export function customerOfRow(row: CsvRow): CustomerImportInput {
  const address = addressOfRow(row);
  const email = optionalCell(row, 'email');
  const phone = optionalCell(row, 'phone');
  const ownerId = optionalCell(row, 'ownerId');
  const tags = optionalCell(row, 'tags');
  return {
    externalRef: requiredCell(row, 'externalRef'),
    customerType: oneOf(row, 'type', CUSTOMER_TYPES),
    name: requiredCell(row, 'name'),
    status: oneOf(row, 'status', CUSTOMER_STATUSES, 'prospect'),
    channel: oneOf(row, 'channel', ACQUISITION_CHANNELS, 'direct'),
    ...(email === undefined ? {} : { email }),
    ...(phone === undefined ? {} : { phone }),
    ...(ownerId === undefined ? {} : { ownerId }),
    ...(tags === undefined ? {} : { tags: tags.split(';').filter((tag) => tag.trim() !== '') }),
    ...(address === null ? {} : { address }),
  };
}

/** No address when every address cell is empty; otherwise line1, city and country are required. */
function addressOfRow(row: CsvRow): CustomerImportInput['address'] {
  if (ADDRESS_COLUMNS.every((column) => optionalCell(row, column) === undefined)) return null;
  return {
    line1: requiredCell(row, 'line1'),
    line2: optionalCell(row, 'line2') ?? null,
    city: requiredCell(row, 'city'),
    postalCode: optionalCell(row, 'postalCode') ?? null,
    region: optionalCell(row, 'region') ?? null,
    country: requiredCell(row, 'country'),
  };
}
