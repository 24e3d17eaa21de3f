import { OpportunitiesController } from './opportunities/http/opportunities.controller';
import { PipelineController } from './opportunities/http/pipeline.controller';
import { OrdersController } from './orders/http/orders.controller';
import { ProductsController } from './products/http/products.controller';
import { SalesTargetsController } from './sales-targets/http/sales-targets.controller';
import { TasksController } from './tasks/http/tasks.controller';

/** The sales HTTP endpoints, the same classes in standalone and distributed mode. */
export const SALES_CONTROLLERS = [
  ProductsController,
  OpportunitiesController,
  PipelineController,
  OrdersController,
  SalesTargetsController,
  TasksController,
];
