import { DOCUMENT_STORE, type DocumentCollection, type DocumentStore } from '@crm/read-models';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { freshnessAfter, NO_FRESHNESS, type AppliedEvent, type Freshness } from '../shared/freshness';

export const FRESHNESS_COLLECTION = 'analytics-freshness';
const FRESHNESS_DOCUMENT = 'feature-store';
const FLUSH_AFTER_MS = 250;

interface TenantFreshness {
  freshness: Freshness;
  /** Bumped on every applied event: results computed at an older version are stale. */
  version: number;
  dirty: boolean;
}

/**
 * Keeps, per tenant, the last event the feature store applied and a change counter that the derived
 * results (snapshots, mined itemsets) are cached under. Saved to the document store shortly after
 * changes, so a restarted process still reports how current its data is.
 */
@Injectable()
export class FreshnessTracker implements OnModuleDestroy {
  private readonly logger = new Logger(FreshnessTracker.name);
  private readonly tenants = new Map<string, TenantFreshness>();
  private readonly documents: DocumentCollection<Freshness>;
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(@Inject(DOCUMENT_STORE) store: DocumentStore) {
    this.documents = store.collection<Freshness>(FRESHNESS_COLLECTION);
  }

  recordApplied(tenantId: string, applied: AppliedEvent, appliedAt: Date): void {
    const tenant = this.tenantOf(tenantId);
    tenant.freshness = freshnessAfter(tenant.freshness, applied, appliedAt.toISOString());
    tenant.version++;
    tenant.dirty = true;
    this.flushTimer ??= setTimeout(() => void this.flush(), FLUSH_AFTER_MS).unref();
  }

  version(tenantId: string): number {
    return this.tenants.get(tenantId)?.version ?? 0;
  }

  async freshness(tenantId: string): Promise<Freshness> {
    const known = this.tenants.get(tenantId);
    if (known && known.freshness.lastPosition !== null) return known.freshness;
    const saved = await this.documents.get(tenantId, FRESHNESS_DOCUMENT);
    return saved?.data ?? NO_FRESHNESS;
  }

  async flush(): Promise<void> {
    this.flushTimer = undefined;
    for (const [tenantId, tenant] of this.tenants) {
      if (!tenant.dirty) continue;
      tenant.dirty = false;
      await this.save(tenantId, tenant.freshness).catch((error: unknown) => {
        tenant.dirty = true;
        this.logger.warn(`freshness of ${tenantId} not saved: ${String(error)}`);
      });
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.flushTimer);
    await this.flush();
  }

  private async save(tenantId: string, freshness: Freshness): Promise<void> {
    const current = await this.documents.get(tenantId, FRESHNESS_DOCUMENT);
    await this.documents.put(
      { id: FRESHNESS_DOCUMENT, tenantId, positions: {}, data: freshness },
      current?.revision ?? 0,
    );
  }

  private tenantOf(tenantId: string): TenantFreshness {
    let tenant = this.tenants.get(tenantId);
    if (tenant === undefined) {
      tenant = { freshness: NO_FRESHNESS, version: 0, dirty: false };
      this.tenants.set(tenantId, tenant);
    }
    return tenant;
  }
}
