import {
  DOCUMENT_STORE,
  type DocumentCollection,
  type DocumentStore,
  type FieldCondition,
} from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { SalesReadModelBehindError } from '../../shared/application/read-model-behind.error';
import type { ListResult, PageQuery } from '../../shared/application/sales-requests';
import { SALES_SETTINGS, type SalesSettings } from '../../shared/application/sales-settings';
import { SalesError } from '../../shared/domain';
import type { OpportunityStage } from '../domain';
import { OPPORTUNITY_DIRECTORY_COLLECTION } from '../read-models/opportunity-directory.projection';
import { OpportunityProjections } from '../read-models/opportunity-projections';
import type { OpportunityView } from '../read-models/opportunity-view';
import { pipelineOf, type Pipeline } from '../read-models/pipeline';
import { opportunityStreamId } from './opportunity-stream';

export interface OpportunityListQuery extends PageQuery {
  readonly stage?: OpportunityStage;
  readonly ownerId?: string;
  readonly customerId?: string;
}

const PIPELINE_PAGE_SIZE = 500;

/** Reads of opportunities and the pipeline, always within the caller's tenant. */
@Injectable()
export class OpportunityQueryService {
  private readonly directory: DocumentCollection<OpportunityView>;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(SALES_SETTINGS) private readonly settings: SalesSettings,
    private readonly projections: OpportunityProjections,
  ) {
    this.directory = documents.collection<OpportunityView>(OPPORTUNITY_DIRECTORY_COLLECTION);
  }

  async getById(tenantId: string, opportunityId: string, minVersion?: number): Promise<OpportunityView> {
    if (minVersion !== undefined) {
      const reached = await this.projections.directory.waitForStreamVersion(
        tenantId,
        opportunityId,
        opportunityStreamId(opportunityId),
        minVersion,
        this.settings.minVersionWaitMs,
      );
      if (!reached) throw new SalesReadModelBehindError(minVersion, 1);
    }
    const document = await this.directory.get(tenantId, opportunityId);
    if (!document)
      throw new SalesError('OPPORTUNITY.NOT_FOUND', `Opportunity ${opportunityId} does not exist`);
    return document.data;
  }

  /** Newest first. */
  async list(tenantId: string, query: OpportunityListQuery): Promise<ListResult<OpportunityView>> {
    const page = await this.directory.find(tenantId, {
      where: filtersOf(query),
      orderBy: 'openedAt',
      direction: 'desc',
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    return { items: page.items.map((document) => document.data), nextCursor: page.nextCursor };
  }

  /**
   * Summed at query time over the directory, page by page (decision 0018): exact decimals, no
   * summary document to keep in step with amount and owner changes.
   */
  async pipeline(tenantId: string, ownerId?: string): Promise<Pipeline> {
    const opportunities: OpportunityView[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.directory.find(tenantId, {
        where: filtersOf({ ownerId }),
        limit: PIPELINE_PAGE_SIZE,
        ...(cursor === undefined ? {} : { cursor }),
      });
      opportunities.push(...page.items.map((document) => document.data));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return pipelineOf(opportunities);
  }
}

function filtersOf(query: Omit<OpportunityListQuery, 'limit'>): Record<string, FieldCondition> {
  const where: Record<string, FieldCondition> = {};
  if (query.stage !== undefined) where['stage'] = query.stage;
  if (query.ownerId !== undefined) where['ownerId'] = query.ownerId;
  if (query.customerId !== undefined) where['customerId'] = query.customerId;
  return where;
}
