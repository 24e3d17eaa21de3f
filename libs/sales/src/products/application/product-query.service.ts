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
import { PRODUCT_CATALOGUE_COLLECTION } from '../read-models/product-catalogue.projection';
import { ProductProjections } from '../read-models/product-projections';
import type { ProductView } from '../read-models/product-view';
import { productStreamId } from './product-identity';

export interface ProductListQuery extends PageQuery {
  readonly category?: string;
  readonly active?: boolean;
  readonly search?: string;
}

/** Reads of the catalogue, always within the caller's tenant. */
@Injectable()
export class ProductQueryService {
  private readonly catalogue: DocumentCollection<ProductView>;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(SALES_SETTINGS) private readonly settings: SalesSettings,
    private readonly projections: ProductProjections,
  ) {
    this.catalogue = documents.collection<ProductView>(PRODUCT_CATALOGUE_COLLECTION);
  }

  async getById(tenantId: string, productId: string, minVersion?: number): Promise<ProductView> {
    if (minVersion !== undefined) {
      const reached = await this.projections.catalogue.waitForStreamVersion(
        tenantId,
        productId,
        productStreamId(productId),
        minVersion,
        this.settings.minVersionWaitMs,
      );
      if (!reached) throw new SalesReadModelBehindError(minVersion, 1);
    }
    const document = await this.catalogue.get(tenantId, productId);
    if (!document) throw new SalesError('PRODUCT.NOT_FOUND', `Product ${productId} does not exist`);
    return document.data;
  }

  async list(tenantId: string, query: ProductListQuery): Promise<ListResult<ProductView>> {
    const where: Record<string, FieldCondition> = {};
    if (query.category !== undefined) where['category'] = query.category.trim().toLowerCase();
    if (query.active !== undefined) where['active'] = query.active;
    const search = query.search?.trim();
    const page = await this.catalogue.find(tenantId, {
      where,
      ...(search ? { search: { term: search, fields: ['name', 'sku'] } } : {}),
      orderBy: 'sku',
      direction: 'asc',
      limit: query.limit,
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
    });
    return { items: page.items.map((document) => document.data), nextCursor: page.nextCursor };
  }
}
