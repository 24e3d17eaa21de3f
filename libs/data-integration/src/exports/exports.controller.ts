import { CustomerQueries, type CustomerView } from '@crm/customer';
import { CurrentContext, type RequestContext } from '@crm/http';
import { OrderQueryService, type OrderView } from '@crm/sales';
import { Controller, Get, Header, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CUSTOMER_COLUMNS } from '../imports/customer-rows';
import { ORDER_COLUMNS } from '../imports/order-rows';
import { csvStreamOf } from './csv-export';

const EXPORT_PAGE = 200;

/** The columns of a customers import file, with what only an export fills in (id, registeredAt, archived). */
const CUSTOMER_EXPORT_COLUMNS = [...CUSTOMER_COLUMNS.required, ...CUSTOMER_COLUMNS.optional];

/** One row per order line, import-compatible: orderRef is the order id, customerRef the customer id. */
const ORDER_EXPORT_COLUMNS = [...ORDER_COLUMNS.required, 'status', 'ownerId', 'lineTotal', 'orderTotal'];

@ApiTags('imports')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly customers: CustomerQueries,
    private readonly orders: OrderQueryService,
  ) {}

  @Get('customers.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="customers.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Every customer of the tenant (archived too), as CSV the import reads back' })
  exportCustomers(@CurrentContext() context: RequestContext): StreamableFile {
    const read = (cursor: string | undefined) =>
      this.customers.list(context.tenantId, {
        limit: EXPORT_PAGE,
        includeArchived: true,
        ...(cursor === undefined ? {} : { cursor }),
      });
    return new StreamableFile(csvStreamOf(CUSTOMER_EXPORT_COLUMNS, read, customerRows));
  }

  @Get('orders.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="orders.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Every order of the tenant, one row per line, newest first, as CSV' })
  exportOrders(@CurrentContext() context: RequestContext): StreamableFile {
    const read = (cursor: string | undefined) =>
      this.orders.list(context.tenantId, { limit: EXPORT_PAGE, ...(cursor === undefined ? {} : { cursor }) });
    return new StreamableFile(csvStreamOf(ORDER_EXPORT_COLUMNS, read, orderRows));
  }
}

function customerRows(customer: CustomerView) {
  const { address } = customer;
  return [
    [
      customer.externalRef,
      customer.type,
      customer.name,
      customer.email,
      customer.phone,
      customer.status,
      customer.channel,
      customer.ownerId,
      customer.tags.join(';'),
      address?.line1 ?? null,
      address?.line2 ?? null,
      address?.city ?? null,
      address?.postalCode ?? null,
      address?.region ?? null,
      address?.country ?? null,
      customer.id,
      customer.registeredAt,
      String(customer.archived),
    ],
  ];
}

function orderRows(order: OrderView) {
  return order.lines.map((line) => [
    order.id,
    order.customerId,
    order.orderedAt,
    order.channel,
    line.sku,
    line.quantity,
    line.unitPrice.amount,
    order.currency,
    order.status,
    order.ownerId,
    line.lineTotal.amount,
    order.total.amount,
  ]);
}
