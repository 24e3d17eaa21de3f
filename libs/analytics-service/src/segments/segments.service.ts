import { DOCUMENT_STORE, type DocumentStore } from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { customerFeatures, dataTimeOf, type CustomerFeatures } from '../feature-store/customer-features';
import { FeatureSnapshotService } from '../feature-store/feature-snapshot.service';
import { AnalyticsError } from '../shared/analytics-error';
import { CurrentResult } from '../shared/current-result';
import { AnalyticsJobs, type AnalyticsJob } from '../shared/analytics-jobs';
import type { Freshness } from '../shared/freshness';
import { pageOf } from '../shared/offset-cursor';
import { segmentCustomers, type Segment, type Segmentation, type SegmentationRequest } from './segmentation';

export const SEGMENTATIONS_COLLECTION = 'analytics-segmentations';

export interface StoredSegmentation extends Segmentation {
  readonly id: string;
  readonly computedAt: string;
  readonly freshness: Freshness;
}

export type SegmentSummary = Omit<Segment, 'memberIds'>;
export type SegmentationSummary = Omit<StoredSegmentation, 'segments'> & {
  readonly segments: SegmentSummary[];
};

export interface SegmentMember {
  readonly customerId: string;
  readonly channel: string | null;
  readonly region: string | null;
  readonly values: CustomerFeatures['values'];
}

/** The tenant's current segmentation, a read model replaced whole by each recompute. */
@Injectable()
export class SegmentsService {
  private readonly segmentations: CurrentResult<StoredSegmentation>;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    private readonly snapshots: FeatureSnapshotService,
    private readonly jobs: AnalyticsJobs,
  ) {
    this.segmentations = new CurrentResult(documents, SEGMENTATIONS_COLLECTION);
  }

  /** The current segmentation; the first call of a tenant computes one with the defaults. */
  async current(tenantId: string): Promise<SegmentationSummary> {
    const stored = await this.segmentations.get(tenantId);
    return summaryOf(stored ?? (await this.recompute(tenantId, { algorithm: 'kmeans' })));
  }

  startRecompute(tenantId: string, request: SegmentationRequest): AnalyticsJob {
    return this.jobs.start(tenantId, 'segments.recompute', 4, async (progress) => {
      const stored = await this.recompute(tenantId, request, progress);
      return summaryOf(stored);
    });
  }

  async members(
    tenantId: string,
    segmentId: string,
    page: { readonly limit: number; readonly cursor?: string },
  ): Promise<{
    segmentationId: string;
    segmentId: string;
    items: SegmentMember[];
    nextCursor: string | null;
  }> {
    const stored = await this.segmentations.get(tenantId);
    const segment = stored?.segments.find((candidate) => candidate.id === segmentId);
    if (stored === null || segment === undefined) {
      throw new AnalyticsError(
        'SEGMENT_NOT_FOUND',
        'not-found',
        `No segment ${segmentId} in the current segmentation`,
      );
    }
    const snapshot = await this.snapshots.snapshot(tenantId);
    const features = new Map(
      customerFeatures(snapshot, dataTimeOf(snapshot)).map((customer) => [customer.customerId, customer]),
    );
    const { items: ids, nextCursor } = pageOf(segment.memberIds, page);
    const items = ids.map((customerId) => {
      const customer = features.get(customerId);
      return {
        customerId,
        channel: customer?.channel ?? null,
        region: customer?.region ?? null,
        values: customer?.values ?? emptyValues(),
      };
    });
    return { segmentationId: stored.id, segmentId, items, nextCursor };
  }

  private async recompute(
    tenantId: string,
    request: SegmentationRequest,
    progress: (step: string) => Promise<void> = () => Promise.resolve(),
  ): Promise<StoredSegmentation> {
    await progress('reading features');
    const snapshot = await this.snapshots.snapshot(tenantId);
    const customers = customerFeatures(snapshot, dataTimeOf(snapshot));
    await progress('clustering');
    const segmentation = segmentCustomers(customers, request);
    await progress('saving');
    const stored: StoredSegmentation = {
      ...segmentation,
      id: `${snapshot.version}-${Date.now()}`,
      computedAt: new Date().toISOString(),
      freshness: snapshot.freshness,
    };
    await this.segmentations.replace(tenantId, stored);
    return stored;
  }
}

function summaryOf(stored: StoredSegmentation): SegmentationSummary {
  return { ...stored, segments: stored.segments.map(({ memberIds: _members, ...segment }) => segment) };
}

function emptyValues(): CustomerFeatures['values'] {
  return {
    recencyDays: null,
    frequency: 0,
    monetary: 0,
    lifetimeValue: 0,
    tenureDays: 0,
    interactions: 0,
    openCases: 0,
    breachedCases: 0,
    averageSatisfaction: null,
    campaignResponses: 0,
  };
}
