import {
  DOCUMENT_STORE,
  type DocumentCollection,
  type DocumentStore,
  type FieldCondition,
} from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { LEAD_DIRECTORY_COLLECTION } from '../../leads/read-models/lead-directory.projection';
import type { LeadView } from '../../leads/read-models/lead-view';
import type { ListResult, PageQuery } from '../../shared/command-request';
import { MarketingProjections } from '../../shared/marketing-projections';
import { MARKETING_SETTINGS, type MarketingSettings } from '../../shared/marketing-settings';
import { readAllPages } from '../../shared/read-all-pages';
import { MarketingReadModelBehindError } from '../../shared/read-model-behind';
import { campaignStreamId } from '../../shared/streams';
import { CampaignError, type CampaignChannel, type CampaignStatus } from '../domain';
import { CAMPAIGN_DIRECTORY_COLLECTION } from '../read-models/campaign-directory.projection';
import type { CampaignView } from '../read-models/campaign-view';
import {
  CUSTOMER_ORDERS_COLLECTION,
  type CustomerOrderView,
} from '../read-models/customer-orders.projection';
import { campaignPerformanceOf, type CampaignPerformance } from './campaign-performance';

export interface CampaignListQuery extends PageQuery {
  readonly status?: CampaignStatus;
  readonly channel?: CampaignChannel;
}

// Keeps `customerId in [...]` filters to a size every document store handles well.
const CUSTOMER_BATCH = 100;

/** Every read is scoped to the caller's tenant; another tenant's campaign is simply not found. */
@Injectable()
export class CampaignQueryService {
  private readonly campaigns: DocumentCollection<CampaignView>;
  private readonly leads: DocumentCollection<LeadView>;
  private readonly orders: DocumentCollection<CustomerOrderView>;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(MARKETING_SETTINGS) private readonly settings: MarketingSettings,
    private readonly projections: MarketingProjections,
  ) {
    this.campaigns = documents.collection<CampaignView>(CAMPAIGN_DIRECTORY_COLLECTION);
    this.leads = documents.collection<LeadView>(LEAD_DIRECTORY_COLLECTION);
    this.orders = documents.collection<CustomerOrderView>(CUSTOMER_ORDERS_COLLECTION);
  }

  /** From the directory; with `minVersion`, waits (bounded) until the directory has caught up. */
  async getById(tenantId: string, campaignId: string, minVersion?: number): Promise<CampaignView> {
    if (minVersion !== undefined) {
      const reached = await this.projections.campaigns.waitForStreamVersion(
        tenantId,
        campaignId,
        campaignStreamId(campaignId),
        minVersion,
        this.settings.minVersionWaitMs,
      );
      if (!reached) throw new MarketingReadModelBehindError(minVersion);
    }
    const document = await this.campaigns.get(tenantId, campaignId);
    if (!document) throw new CampaignError('CAMPAIGN.NOT_FOUND', `Campaign ${campaignId} does not exist`);
    return document.data;
  }

  /** Newest first. */
  async list(tenantId: string, query: CampaignListQuery): Promise<ListResult<CampaignView>> {
    const where: Record<string, FieldCondition> = {};
    if (query.status !== undefined) where['status'] = query.status;
    if (query.channel !== undefined) where['channel'] = query.channel;
    const page = await this.campaigns.find(tenantId, {
      where,
      orderBy: 'createdAt',
      direction: 'desc',
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    return { items: page.items.map((document) => document.data), nextCursor: page.nextCursor };
  }

  /** Computed on read from the campaign, its leads and their customers' orders: the window may vary. */
  async performance(
    tenantId: string,
    campaignId: string,
    attributionWindowDays = this.settings.attributionWindowDays,
  ): Promise<CampaignPerformance> {
    const campaign = await this.getById(tenantId, campaignId);
    const leads = await readAllPages(this.leads, tenantId, { where: { sourceCampaignId: campaignId } });
    const conversions = leads.flatMap(({ data }) =>
      data.customerId !== null && data.convertedAt !== null
        ? [{ customerId: data.customerId, convertedAt: data.convertedAt }]
        : [],
    );
    const orders: CustomerOrderView[] = [];
    for (let start = 0; start < conversions.length; start += CUSTOMER_BATCH) {
      const customerIds = conversions
        .slice(start, start + CUSTOMER_BATCH)
        .map((conversion) => conversion.customerId);
      const page = await readAllPages(this.orders, tenantId, { where: { customerId: { in: customerIds } } });
      orders.push(...page.map((document) => document.data));
    }
    return campaignPerformanceOf(campaign, leads.length, conversions, orders, attributionWindowDays);
  }
}
