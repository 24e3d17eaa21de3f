import { SALES_PATTERNS } from '@crm/contracts';
import { remoteContext, remoteService } from '@crm/messaging';
import { SALES_CONTROLLERS } from '../sales-controllers';
import { OpportunityCommandService } from '../opportunities/application/opportunity-command.service';
import { OpportunityQueryService } from '../opportunities/application/opportunity-query.service';
import { OrderCommandService } from '../orders/application/order-command.service';
import { OrderQueryService } from '../orders/application/order-query.service';
import { ProductCommandService } from '../products/application/product-command.service';
import { ProductQueryService } from '../products/application/product-query.service';
import { SalesTargetService } from '../sales-targets/application/sales-target.service';
import { OrderImportService } from '../imports/order-import.service';
import { ProductImportService } from '../imports/product-import.service';
import { TaskService } from '../tasks/application/task.service';

/** What the sales service answers on `sales.call`: exactly the methods its HTTP controllers use. */
const CATALOG = {
  'products.commands': remoteService(ProductCommandService, ['register', 'change']),
  'products.queries': remoteService(ProductQueryService, ['list', 'getById']),
  'opportunities.commands': remoteService(OpportunityCommandService, ['open', 'changeStage', 'win', 'lose']),
  'opportunities.queries': remoteService(OpportunityQueryService, ['list', 'getById', 'pipeline']),
  'orders.commands': remoteService(OrderCommandService, ['place', 'transition']),
  'orders.queries': remoteService(OrderQueryService, ['list', 'getById']),
  'sales-targets': remoteService(SalesTargetService, ['set', 'get']),
  tasks: remoteService(TaskService, ['create', 'list', 'complete']),
  // Bulk import (libs/data-integration), run by the gateway.
  'orders.imports': remoteService(OrderImportService, ['importOrders']),
  'products.imports': remoteService(ProductImportService, ['importProduct']),
};

/** The sales context as the distributed gateway reaches it. */
export const SALES_REMOTE_CONTEXT = remoteContext({
  context: 'sales',
  patterns: SALES_PATTERNS,
  catalog: CATALOG,
  controllers: SALES_CONTROLLERS,
});
