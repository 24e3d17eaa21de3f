import { MARKETING_PATTERNS } from '@crm/contracts';
import { remoteContext, remoteService } from '@crm/messaging';
import { MARKETING_CONTROLLERS } from '../marketing-controllers';
import { CampaignCommandService } from '../campaigns/application/campaign-command.service';
import { CampaignQueryService } from '../campaigns/application/campaign-query.service';
import { LeadCommandService } from '../leads/application/lead-command.service';
import { LeadQueryService } from '../leads/application/lead-query.service';

/** What the marketing service answers on `marketing.call`: exactly the methods its HTTP controllers use. */
const CATALOG = {
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

/** The marketing context as the distributed gateway reaches it. */
export const MARKETING_REMOTE_CONTEXT = remoteContext({
  context: 'marketing',
  patterns: MARKETING_PATTERNS,
  catalog: CATALOG,
  controllers: MARKETING_CONTROLLERS,
});
