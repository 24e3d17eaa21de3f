import { DOCUMENT_STORE, type DocumentStore } from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import {
  CAMPAIGN_RESPONSE_FACTS_COLLECTION,
  type CampaignResponseFact,
} from './campaign-response-facts.projection';
import { CASE_FACTS_COLLECTION, type CaseFact } from './case-facts.projection';
import { CUSTOMER_PROFILES_COLLECTION, type CustomerProfile } from './customer-profile.projection';
import type { FeatureSnapshot } from './feature-snapshot';
import { FreshnessTracker } from './freshness-tracker';
import { OPPORTUNITY_FACTS_COLLECTION, type OpportunityFact } from './opportunity-facts.projection';
import { ORDER_FACTS_COLLECTION, type OrderFact } from './order-facts.projection';

const PAGE_SIZE = 1000;

/**
 * Reads a tenant's facts once per feature-store change: every analysis asked for between two events
 * shares one snapshot, and the first request after an event reads the new facts.
 */
@Injectable()
export class FeatureSnapshotService {
  private readonly snapshots = new Map<string, Promise<FeatureSnapshot>>();

  constructor(
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly freshness: FreshnessTracker,
  ) {}

  async snapshot(tenantId: string): Promise<FeatureSnapshot> {
    const version = this.freshness.version(tenantId);
    const cached = this.snapshots.get(tenantId);
    if (cached !== undefined) {
      const snapshot = await cached;
      if (snapshot.version === version) return snapshot;
    }
    const loading = this.load(tenantId, version);
    this.snapshots.set(tenantId, loading);
    loading.catch(() => this.snapshots.delete(tenantId));
    return loading;
  }

  private async load(tenantId: string, version: number): Promise<FeatureSnapshot> {
    const freshness = await this.freshness.freshness(tenantId);
    const [orders, profiles, cases, responses, opportunities] = await Promise.all([
      this.all<OrderFact>(ORDER_FACTS_COLLECTION, tenantId),
      this.all<CustomerProfile>(CUSTOMER_PROFILES_COLLECTION, tenantId),
      this.all<CaseFact>(CASE_FACTS_COLLECTION, tenantId),
      this.all<CampaignResponseFact>(CAMPAIGN_RESPONSE_FACTS_COLLECTION, tenantId),
      this.all<OpportunityFact>(OPPORTUNITY_FACTS_COLLECTION, tenantId),
    ]);
    return { tenantId, version, freshness, orders, profiles, cases, responses, opportunities };
  }

  private async all<T>(collectionName: string, tenantId: string): Promise<T[]> {
    const collection = this.documents.collection<T>(collectionName);
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await collection.find(tenantId, { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
      for (const document of page.items) items.push(document.data);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return items;
  }
}
