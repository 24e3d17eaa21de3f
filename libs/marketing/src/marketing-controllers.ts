import { CampaignsController } from './campaigns/http/campaigns.controller';
import { LeadsController } from './leads/http/leads.controller';

/** The marketing HTTP endpoints, the same classes in standalone and distributed mode. */
export const MARKETING_CONTROLLERS = [CampaignsController, LeadsController];
