import { CUSTOMER_PATTERNS } from '@crm/contracts';
import { remoteContext, remoteService } from '@crm/messaging';
import { CustomerImportService } from '../imports/customer-import.service';

/**
 * What customer-svc answers on `customer.call`: the bulk-import methods the gateway's import jobs use
 * (libs/data-integration). No HTTP controllers of its own: the import endpoints belong to the gateway.
 */
export const CUSTOMER_IMPORTS_REMOTE_CONTEXT = remoteContext({
  context: 'customer',
  patterns: { call: CUSTOMER_PATTERNS.call, health: CUSTOMER_PATTERNS.health },
  catalog: {
    imports: remoteService(CustomerImportService, ['existingIdsOf', 'registerImported', 'resolveRefs']),
  },
  controllers: [],
});
