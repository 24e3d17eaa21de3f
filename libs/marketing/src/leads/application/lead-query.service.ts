import {
  DOCUMENT_STORE,
  type DocumentCollection,
  type DocumentStore,
  type FieldCondition,
} from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import type { ListResult, PageQuery } from '../../shared/command-request';
import { MarketingProjections } from '../../shared/marketing-projections';
import { MARKETING_SETTINGS, type MarketingSettings } from '../../shared/marketing-settings';
import { MarketingReadModelBehindError } from '../../shared/read-model-behind';
import { leadStreamId } from '../../shared/streams';
import { LeadError, type LeadStatus } from '../domain';
import { LEAD_DIRECTORY_COLLECTION } from '../read-models/lead-directory.projection';
import type { LeadView } from '../read-models/lead-view';

export interface LeadListQuery extends PageQuery {
  readonly status?: LeadStatus;
  readonly campaignId?: string;
}

/** Every read is scoped to the caller's tenant; another tenant's lead is simply not found. */
@Injectable()
export class LeadQueryService {
  private readonly leads: DocumentCollection<LeadView>;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(MARKETING_SETTINGS) private readonly settings: MarketingSettings,
    private readonly projections: MarketingProjections,
  ) {
    this.leads = documents.collection<LeadView>(LEAD_DIRECTORY_COLLECTION);
  }

  async getById(tenantId: string, leadId: string, minVersion?: number): Promise<LeadView> {
    if (minVersion !== undefined) {
      const reached = await this.projections.leads.waitForStreamVersion(
        tenantId,
        leadId,
        leadStreamId(leadId),
        minVersion,
        this.settings.minVersionWaitMs,
      );
      if (!reached) throw new MarketingReadModelBehindError(minVersion);
    }
    const document = await this.leads.get(tenantId, leadId);
    if (!document) throw new LeadError('LEAD.NOT_FOUND', `Lead ${leadId} does not exist`);
    return document.data;
  }

  /** Newest first. */
  async list(tenantId: string, query: LeadListQuery): Promise<ListResult<LeadView>> {
    const where: Record<string, FieldCondition> = {};
    if (query.status !== undefined) where['status'] = query.status;
    if (query.campaignId !== undefined) where['sourceCampaignId'] = query.campaignId;
    const page = await this.leads.find(tenantId, {
      where,
      orderBy: 'capturedAt',
      direction: 'desc',
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    return { items: page.items.map((document) => document.data), nextCursor: page.nextCursor };
  }
}
