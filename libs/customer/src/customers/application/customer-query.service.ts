import { aggregateStreamAt, EVENT_STORE, type EventStore } from '@crm/event-store';
import {
  DOCUMENT_STORE,
  type DocumentCollection,
  type DocumentStore,
  type FieldCondition,
} from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { customerDecider, type AcquisitionChannel, type CustomerStatus, type CustomerType } from '../domain';
import { CUSTOMER_DIRECTORY_COLLECTION } from '../read-models/customer-directory.projection';
import {
  CUSTOMER_INTERACTIONS_COLLECTION,
  type InteractionView,
} from '../read-models/customer-interactions.projection';
import { CustomerProjections } from '../read-models/customer-projections';
import { customerViewOf, type CustomerView } from '../read-models/customer-view';
import {
  CUSTOMER_SALES_SUMMARY_COLLECTION,
  type CustomerSalesSummary,
} from '../sales-activity/customer-sales-summary.projection';
import { salesAcrossLineage, type CustomerSalesView } from '../sales-activity/lineage-sales';
import {
  DUPLICATE_PAIRS_COLLECTION,
  POSSIBLE_DUPLICATES_COLLECTION,
  type DuplicatePair,
  type PossibleDuplicate,
  type PossibleDuplicates,
} from '../duplicates/duplicate-documents';
import type { DuplicateReason } from '../duplicates/duplicate-profile';
import { CUSTOMER_TIMELINE_COLLECTION } from '../timeline/customer-timeline.projection';
import type { TimelineEntry } from '../timeline/timeline-entry';
import { customerHistoryEntryOf, mergedIdsOf, type CustomerHistoryEntry } from './customer-history';
import { customerNotFound, CustomerReadModelBehindError } from './customer-query.errors';
import { CUSTOMER_SETTINGS, type CustomerSettings } from './customer-settings';
import { customerStreamId } from './customer-stream';
import type { CustomerQueries } from './customer-use-cases';

export interface PageQuery {
  readonly limit: number;
  readonly cursor?: string;
}

export interface CustomerListQuery extends PageQuery {
  readonly search?: string;
  readonly type?: CustomerType;
  readonly status?: CustomerStatus;
  readonly channel?: AcquisitionChannel;
  readonly ownerId?: string;
  readonly tag?: string;
  readonly includeArchived?: boolean;
}

export type { CustomerSalesView } from '../sales-activity/lineage-sales';

export interface DuplicateListQuery extends PageQuery {
  readonly reason?: DuplicateReason;
  /** Only the pairs this customer is in. */
  readonly customerId?: string;
}

/** GET /customers/:id: the customer, their sales activity and who they may be a duplicate of. */
export interface CustomerDetails extends CustomerView {
  readonly sales: CustomerSalesView;
  readonly possibleDuplicates: readonly PossibleDuplicate[];
}

export interface ListResult<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** Every read is scoped to the caller's tenant; another tenant's customer is simply not found. */
@Injectable()
export class CustomerQueryService implements CustomerQueries {
  private readonly directory: DocumentCollection<CustomerView>;
  private readonly interactions: DocumentCollection<InteractionView>;
  private readonly salesSummaries: DocumentCollection<CustomerSalesSummary>;
  private readonly timeline: DocumentCollection<TimelineEntry>;
  private readonly duplicatePairs: DocumentCollection<DuplicatePair>;
  private readonly possibleDuplicates: DocumentCollection<PossibleDuplicates>;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(CUSTOMER_SETTINGS) private readonly settings: CustomerSettings,
    private readonly projections: CustomerProjections,
  ) {
    this.directory = documents.collection<CustomerView>(CUSTOMER_DIRECTORY_COLLECTION);
    this.interactions = documents.collection<InteractionView>(CUSTOMER_INTERACTIONS_COLLECTION);
    this.salesSummaries = documents.collection<CustomerSalesSummary>(CUSTOMER_SALES_SUMMARY_COLLECTION);
    this.timeline = documents.collection<TimelineEntry>(CUSTOMER_TIMELINE_COLLECTION);
    this.duplicatePairs = documents.collection<DuplicatePair>(DUPLICATE_PAIRS_COLLECTION);
    this.possibleDuplicates = documents.collection<PossibleDuplicates>(POSSIBLE_DUPLICATES_COLLECTION);
  }

  /** From the directory; with `minVersion`, waits (bounded) until the directory has caught up. */
  async getById(tenantId: string, customerId: string, minVersion?: number): Promise<CustomerDetails> {
    if (minVersion !== undefined) await this.awaitDirectory(tenantId, customerId, minVersion);
    const document = await this.directory.get(tenantId, customerId);
    if (!document) throw customerNotFound(customerId);
    const lineage = [customerId, ...storedLineageOf(document.data)];
    const [possible, ...summaries] = await Promise.all([
      this.possibleDuplicates.get(tenantId, customerId),
      ...lineage.map((id) => this.salesSummaries.get(tenantId, id)),
    ]);
    const sales = salesAcrossLineage(summaries.map((summary) => summary?.data ?? null));
    const possibleDuplicates = possible?.data.candidates ?? [];
    // The store parses a fresh object per read, so adding to it shares nothing (and costs less than a copy).
    return Object.assign(document.data, { sales, possibleDuplicates });
  }

  /** The customer as it stood at `asOf`, folded from its stream. */
  async getAsOf(tenantId: string, customerId: string, asOf: string): Promise<CustomerView> {
    const { state, version } = await aggregateStreamAt(
      this.eventStore,
      customerStreamId(customerId),
      customerDecider,
      { until: asOf },
    );
    const view = customerViewOf(state, version);
    if (view === null || state.kind === 'unregistered' || state.customer.tenantId !== tenantId)
      throw customerNotFound(customerId);
    return view;
  }

  /** The customer's events and, after a merge, those of the customers merged into it, in store order. */
  async history(tenantId: string, customerId: string): Promise<CustomerHistoryEntry[]> {
    const events = await this.eventStore.readStream(customerStreamId(customerId));
    if (events[0]?.tenantId !== tenantId) throw customerNotFound(customerId);
    const merged = await Promise.all(
      mergedIdsOf(events).map((id) => this.eventStore.readStream(customerStreamId(id))),
    );
    return [...events, ...merged.flat()]
      .sort((left, right) => (left.globalPosition < right.globalPosition ? -1 : 1))
      .map(customerHistoryEntryOf);
  }

  async list(tenantId: string, query: CustomerListQuery): Promise<ListResult<CustomerView>> {
    const where: Record<string, FieldCondition> = {};
    if (query.type !== undefined) where['type'] = query.type;
    if (query.status !== undefined) where['status'] = query.status;
    if (query.channel !== undefined) where['channel'] = query.channel;
    if (query.ownerId !== undefined) where['ownerId'] = query.ownerId;
    if (query.tag !== undefined) where['tags'] = { has: query.tag.trim().toLowerCase() };
    if (query.includeArchived !== true) where['archived'] = false;
    const search = query.search?.trim();
    const page = await this.directory.find(tenantId, {
      where,
      ...(search ? { search: { term: search, fields: ['name', 'email'] } } : {}),
      orderBy: 'name',
      direction: 'asc',
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    return { items: page.items.map((document) => document.data), nextCursor: page.nextCursor };
  }

  /** Likely duplicate pairs still open, most certain first. */
  async duplicates(tenantId: string, query: DuplicateListQuery): Promise<ListResult<DuplicatePair>> {
    const where: Record<string, FieldCondition> = { open: true };
    if (query.reason !== undefined) where['reasons'] = { has: query.reason };
    if (query.customerId !== undefined) where['customerIds'] = { has: query.customerId };
    const page = await this.duplicatePairs.find(tenantId, {
      where,
      orderBy: 'score',
      direction: 'desc',
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    return { items: page.items.map((document) => document.data), nextCursor: page.nextCursor };
  }

  /** A customer's communication log, newest first. */
  async interactionsOf(
    tenantId: string,
    customerId: string,
    query: PageQuery,
  ): Promise<ListResult<InteractionView>> {
    const lineage = await this.lineageOf(tenantId, customerId);
    const page = await this.interactions.find(tenantId, {
      where: { customerId: lineage.length === 1 ? customerId : { in: lineage } },
      orderBy: 'occurredAt',
      direction: 'desc',
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    return { items: page.items.map((document) => document.data), nextCursor: page.nextCursor };
  }

  /** The customer 360: what happened with the customer in every context, newest first. */
  async timelineOf(
    tenantId: string,
    customerId: string,
    query: PageQuery,
  ): Promise<ListResult<TimelineEntry>> {
    const lineage = await this.lineageOf(tenantId, customerId);
    const page = await this.timeline.find(tenantId, {
      where: { customerId: lineage.length === 1 ? customerId : { in: lineage } },
      orderBy: 'at',
      direction: 'desc',
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    return { items: page.items.map((document) => document.data), nextCursor: page.nextCursor };
  }

  // The customer and everyone merged into it: their read-model entries are the customer's now.
  private async lineageOf(tenantId: string, customerId: string): Promise<string[]> {
    const document = await this.directory.get(tenantId, customerId);
    if (!document) throw customerNotFound(customerId);
    return [customerId, ...storedLineageOf(document.data)];
  }

  private async awaitDirectory(tenantId: string, customerId: string, minVersion: number): Promise<void> {
    const { directory } = this.projections;
    const waitMs = this.settings.minVersionWaitMs;
    const reached = await directory.waitForStreamVersion(
      tenantId,
      customerId,
      customerStreamId(customerId),
      minVersion,
      waitMs,
    );
    if (!reached) throw new CustomerReadModelBehindError(minVersion, 1);
  }
}

// Directory documents written before merging existed carry no lineage.
function storedLineageOf(view: Partial<Pick<CustomerView, 'mergedFrom'>>): readonly string[] {
  return view.mergedFrom ?? [];
}
