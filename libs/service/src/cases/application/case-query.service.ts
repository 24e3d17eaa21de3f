import {
  DOCUMENT_STORE,
  type DocumentCollection,
  type DocumentStore,
  type FieldCondition,
} from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { ACTIVE_CASE_STATUSES, type CasePriority, type CaseStatus } from '../domain';
import { CASE_DIRECTORY_COLLECTION } from '../read-models/case-directory.projection';
import { CaseProjections } from '../read-models/case-projections';
import { caseSummaryOf, type CaseSummary, type CaseView } from '../read-models/case-view';
import { caseNotFound, CaseReadModelBehindError } from './case-query.errors';
import { caseStreamId } from './case-stream';
import { SERVICE_SETTINGS, type ServiceSettings } from './service-settings';
import { workloadOf, type AssigneeWorkload } from './workload';

export interface CaseListQuery {
  readonly limit: number;
  readonly cursor?: string;
  readonly status?: CaseStatus;
  readonly customerId?: string;
  readonly assigneeId?: string;
  readonly priority?: CasePriority;
  readonly breached?: boolean;
}

export interface ListResult<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

const WORKLOAD_PAGE_SIZE = 200;

/** Every read is scoped to the caller's tenant; another tenant's case is simply not found. */
@Injectable()
export class CaseQueryService {
  private readonly directory: DocumentCollection<CaseView>;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(SERVICE_SETTINGS) private readonly settings: ServiceSettings,
    private readonly projections: CaseProjections,
  ) {
    this.directory = documents.collection<CaseView>(CASE_DIRECTORY_COLLECTION);
  }

  /** From the directory; with `minVersion`, waits (bounded) until the directory has caught up. */
  async getById(tenantId: string, caseId: string, minVersion?: number): Promise<CaseView> {
    if (minVersion !== undefined) await this.awaitDirectory(tenantId, caseId, minVersion);
    const document = await this.directory.get(tenantId, caseId);
    if (!document) throw caseNotFound(caseId);
    return document.data;
  }

  /** Newest first; list entries leave the comments out. */
  async list(tenantId: string, query: CaseListQuery): Promise<ListResult<CaseSummary>> {
    const where: Record<string, FieldCondition> = {};
    if (query.status !== undefined) where['status'] = query.status;
    if (query.customerId !== undefined) where['customerId'] = query.customerId;
    if (query.assigneeId !== undefined) where['assigneeId'] = query.assigneeId;
    if (query.priority !== undefined) where['priority'] = query.priority;
    if (query.breached !== undefined) where['breached'] = query.breached;
    const page = await this.directory.find(tenantId, {
      where,
      orderBy: 'openedAt',
      direction: 'desc',
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    return { items: page.items.map((document) => caseSummaryOf(document.data)), nextCursor: page.nextCursor };
  }

  /**
   * Open and in-progress cases per assignee, counted from the directory page by page: the counts can
   * never drift from the cases themselves (decision 0019 weighs this against a counter read model).
   */
  async workload(tenantId: string): Promise<AssigneeWorkload[]> {
    const active: CaseView[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.directory.find(tenantId, {
        where: { status: { in: ACTIVE_CASE_STATUSES } },
        limit: WORKLOAD_PAGE_SIZE,
        ...(cursor === undefined ? {} : { cursor }),
      });
      active.push(...page.items.map((document) => document.data));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return workloadOf(active);
  }

  private async awaitDirectory(tenantId: string, caseId: string, minVersion: number): Promise<void> {
    const reached = await this.projections.directory.waitForStreamVersion(
      tenantId,
      caseId,
      caseStreamId(caseId),
      minVersion,
      this.settings.minVersionWaitMs,
    );
    if (!reached) throw new CaseReadModelBehindError(minVersion, 1);
  }
}
