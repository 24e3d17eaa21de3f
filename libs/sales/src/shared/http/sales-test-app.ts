import { type ContextTestApp, createContextTestApp } from '@crm/testing';
import { SalesModule } from '../../sales.module';

/** The sales module over in-memory SQLite stores, behind the same pipe, filter and prefix as the gateway. */
export function createSalesTestApp(): Promise<ContextTestApp> {
  return createContextTestApp([SalesModule]);
}
