import { SERVICE_PATTERNS } from '@crm/contracts';
import { remoteContext, remoteService } from '@crm/messaging';
import { CasesController } from '../http/cases.controller';
import { CaseCommandService } from '../application/case-command.service';
import { CaseQueryService } from '../application/case-query.service';

/** What the service context answers on `service.call`: exactly the methods its HTTP controller uses. */
const CATALOG = {
  'cases.commands': remoteService(CaseCommandService, [
    'open',
    'assign',
    'comment',
    'resolve',
    'close',
    'reopen',
  ]),
  'cases.queries': remoteService(CaseQueryService, ['list', 'getById', 'workload']),
};

/** The service context as the distributed gateway reaches it. */
export const CASE_REMOTE_CONTEXT = remoteContext({
  context: 'service',
  patterns: SERVICE_PATTERNS,
  catalog: CATALOG,
  controllers: [CasesController],
});
