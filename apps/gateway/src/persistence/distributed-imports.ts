import { CUSTOMER_IMPORTS_REMOTE_CONTEXT, type CustomerServiceAddress } from '@crm/customer';
import { DATA_INTEGRATION_CONTROLLERS, DATA_INTEGRATION_PROVIDERS } from '@crm/data-integration';
import { RemoteContextModule } from '@crm/messaging';
import { DOCUMENT_STORE, type DocumentStore, SqliteDocumentStore } from '@crm/read-models';
import {
  type DynamicModule,
  Inject,
  Injectable,
  type OnApplicationShutdown,
  type Provider,
  type Type,
} from '@nestjs/common';
import { join } from 'node:path';

@Injectable()
class ImportJobsDatabase implements OnApplicationShutdown {
  constructor(@Inject(DOCUMENT_STORE) private readonly jobs: DocumentStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.jobs.close();
  }
}

/**
 * Bulk import and export in the distributed gateway, as parts of its root module (which already holds
 * the stand-ins for CustomerQueries and the sales services): the jobs run here, each record goes to
 * customer-svc or sales-svc through their allow-listed calls, and the job documents live in the
 * gateway's own SQLite file (`import-jobs.db` under CRM_DATA_DIR), like its idempotency records, so a
 * job is read back from the replica that runs it (decision 0026).
 */
export function distributedImports(
  dataDir: string,
  customerService: CustomerServiceAddress,
): { imports: DynamicModule[]; controllers: Type<unknown>[]; providers: Provider[] } {
  return {
    imports: [RemoteContextModule.forService(CUSTOMER_IMPORTS_REMOTE_CONTEXT, customerService)],
    controllers: DATA_INTEGRATION_CONTROLLERS,
    providers: [
      { provide: DOCUMENT_STORE, useFactory: () => new SqliteDocumentStore(join(dataDir, 'import-jobs.db')) },
      ImportJobsDatabase,
      ...DATA_INTEGRATION_PROVIDERS,
    ],
  };
}
