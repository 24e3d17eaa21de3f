import { MARKETING_PATTERNS } from '@crm/contracts';
import { type RemoteContext, remoteService } from '@crm/messaging';
import { MARKETING_CONTROLLERS } from '../marketing-controllers';
import { CampaignCommandService } from '../campaigns/application/campaign-command.service';
import { CampaignQueryService } from '../campaigns/application/campaign-query.service';
import { LeadCommandService } from '../leads/application/lead-command.service';
import { LeadQueryService } from '../leads/application/lead-query.service';

/** What the marketing service answers on `marketing.call`: exactly the methods its HTTP controllers use. */
const MARKETING_REMOTE_SERVICES = {
  'campaigns.commands': remoteService(CampaignCommandService, [
    'create',
    'launch',
    'complete',
    'recordResponse',
  ]),
  'campaigns.queries': remoteService(CampaignQueryService, ['list', 'getById', 'performance']),
  'leads.commands': remoteService(LeadCommandService, ['capture', 'qualify', 'disqualify', 'convert']),
  'leads.queries': remoteService(LeadQueryService, ['list', 'getById']),
};

/** Nest injection token of the TCP ClientProxy that reaches the marketing service. */
export const MARKETING_SERVICE_CLIENT = Symbol('MarketingServiceClient');

/** The marketing context as the distributed gateway reaches it. */
export const MARKETING_REMOTE_CONTEXT: RemoteContext = {
  context: 'marketing',
  patterns: MARKETING_PATTERNS,
  catalog: MARKETING_REMOTE_SERVICES,
  clientToken: MARKETING_SERVICE_CLIENT,
  controllers: MARKETING_CONTROLLERS,
};
