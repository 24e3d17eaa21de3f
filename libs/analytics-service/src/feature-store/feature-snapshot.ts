import type { Freshness } from '../shared/freshness';
import type { CampaignResponseFact } from './campaign-response-facts.projection';
import type { CaseFact } from './case-facts.projection';
import type { CustomerProfile } from './customer-profile.projection';
import type { OpportunityFact } from './opportunity-facts.projection';
import type { OrderFact } from './order-facts.projection';

/** Every fact of one tenant at one moment: what the analyses compute from. */
export interface FeatureSnapshot {
  readonly tenantId: string;
  /** The feature store's change counter when the snapshot was read. */
  readonly version: number;
  readonly freshness: Freshness;
  readonly orders: readonly OrderFact[];
  readonly profiles: readonly CustomerProfile[];
  readonly cases: readonly CaseFact[];
  readonly responses: readonly CampaignResponseFact[];
  readonly opportunities: readonly OpportunityFact[];
}
