import { SERVICE_PATTERNS } from '@crm/contracts';
import { type RemoteContext, remoteService } from '@crm/messaging';
import { CasesController } from '../http/cases.controller';
import { CaseCommandService } from '../application/case-command.service';
import { CaseQueryService } from '../application/case-query.service';

/** What the service context answers on `service.call`: exactly the methods its HTTP controller uses. */
const CASE_REMOTE_SERVICES = {
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

/** Nest injection token of the TCP ClientProxy that reaches the service context's process. */
export const CASE_SERVICE_CLIENT = Symbol('CaseServiceClient');

/** The service context as the distributed gateway reaches it. */
export const CASE_REMOTE_CONTEXT: RemoteContext = {
  context: 'service',
  patterns: SERVICE_PATTERNS,
  catalog: CASE_REMOTE_SERVICES,
  clientToken: CASE_SERVICE_CLIENT,
  controllers: [CasesController],
};
